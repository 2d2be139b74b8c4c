"""Events of culture and sports releases: a festival's brand name after "Pesona" (but not the common word "pesona
alam"), and the short names of sports weeks ("Porwil", "Peparnas", "Peparda", "Popnas", "Porseni")."""
from pipeline.extract import extract_text


def event(text):
    return extract_text(text, published="2025-03-01").main_event


def test_a_festival_s_brand_name_after_pesona_is_the_event():
    e = event("Pesona Pulau Kei 2025 Resmi Dibuka\nTUAL – Pesona Pulau Kei 2025 resmi dibuka oleh Wali Kota Tual, "
              "Hamdan Rumalutur, di Pantai Ngurbloat, Selasa (14/10/2025). Event tahunan ini berlangsung hingga "
              "Sabtu (18/10/2025).")
    assert e is not None and e.name == "Pesona Pulau Kei 2025" and e.kind == "festival"


def test_the_common_word_pesona_names_no_festival():
    e = event("Wisatawan Meningkat\nTUAL – Pesona alam pantai berpasir putih memikat wisatawan, kata Kepala Dinas "
              "Pariwisata Kota Tual, Hamdan Rumalutur, Selasa (14/10/2025).")
    assert e is None or not e.name.lower().startswith("pesona")


def test_a_sports_week_s_short_name_is_the_event():
    e = event("Kontingen Maluku Utara Siap Berlaga di Peparnas XVII\nTERNATE – Sebanyak 35 atlet Maluku Utara siap "
              "berlaga pada Peparnas XVII di Kota Surakarta, 6-13 Oktober 2025.")
    assert e is not None and e.name == "Peparnas XVII" and e.kind == "pekan olahraga"


def test_a_conjunction_of_time_ends_the_event_s_name():
    e = event("Voli Putri Pinrang Raih Emas\nPINRANG – Tim voli putri Pinrang meraih emas pada Porprov Sulawesi Selatan "
              "XVIII setelah mengalahkan tim Kota Parepare di GOR Sudiang, Makassar, Kamis (6/11/2025).")
    assert e is not None and e.name == "Porprov Sulawesi Selatan XVIII"
