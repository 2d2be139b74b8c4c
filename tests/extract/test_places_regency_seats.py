"""The seat of a kabupaten (data/regency_seats.tsv) is a town where things happen: after a locative word, after
"kota" or as the dateline, a place of kind "other" in its kabupaten's province; never inside a body's or a venue's
name, and a seat that is a word of running text only after a locative word and before no capitalized word."""
from __future__ import annotations

from pipeline.extract import extract_text


def _places(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    return {p.name: (p.kind, p.code, p.province) for p in extract_text(text).places}


def test_seat_after_a_locative_word():
    found = _places("Tim vaksinator berangkat dari Masohi pada Senin pagi dan tiba di Timika keesokan harinya.")
    assert found["Masohi"] == ("other", None, "81")
    assert found["Timika"] == ("other", None, "94")


def test_seat_after_kota_and_menuju():
    found = _places("Rombongan Dinas Perhubungan menuju Kolonodale setelah meninjau terminal di kota Ruteng.")
    assert found["Kolonodale"] == ("other", None, "72")
    assert found["Ruteng"] == ("other", None, "53")


def test_seat_as_the_dateline_in_capitals():
    found = _places("WAINGAPU – Sebanyak 40 petani mengikuti pelatihan pengolahan kopi yang dibuka Wakil Bupati.")
    assert found["Waingapu"] == ("other", None, "53")


def test_seat_of_two_words_stands_for_the_island_inside_it():
    found = _places("Lomba perahu tradisional digelar di Sumbawa Besar dan diikuti nelayan setempat.")
    assert found["Sumbawa Besar"] == ("other", None, "52")
    assert "Kabupaten Sumbawa" not in found


def test_seat_inside_a_body_or_a_venue_name_is_no_place():
    found = _places("Sidang perkara itu digelar di Pengadilan Negeri Larantuka, lalu saksi dijemput di Bandara "
                    "Gewayantana Larantuka.")
    assert "Larantuka" not in found


def test_seat_that_is_a_common_word_needs_the_locative_and_no_name_after():
    assert "Mulia" not in _places("Penghargaan Mulia Utama diserahkan kepada kepala sekolah di Mulia Raya.")
    found = _places("Tim kesehatan tiba di Mulia setelah menempuh perjalanan darat selama enam jam.")
    assert found["Mulia"] == ("other", None, "94")


def test_seat_with_namesakes_elsewhere_needs_its_region():
    assert "Wonosari" not in _places("Pelatihan membatik digelar di Wonosari selama tiga hari.")
    found = _places("Pelatihan membatik digelar di Wonosari, Daerah Istimewa Yogyakarta, selama tiga hari.")
    assert found["Wonosari"][2] == "34"


def test_seat_shared_by_two_kabupaten_needs_the_document_s_region():
    assert "Parigi" not in _places("Pasar murah digelar di Parigi selama dua hari.")
    found = _places("Pasar murah digelar di Martapura, Kalimantan Selatan, selama dua hari.")
    assert found["Martapura"][2] == "63"


def test_town_the_register_names_stays_its_kecamatan():
    found = _places("Rapat evaluasi digelar di Luwuk, Kabupaten Banggai, Sulawesi Tengah.")
    assert found["Luwuk"][0] == "kecamatan"
