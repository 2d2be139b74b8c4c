"""Places in running text: cues, datelines, aliases, context, and names that belong to organizations or titles."""
from __future__ import annotations

import pytest

from pipeline.extract import extract_text


def _places(text: str) -> dict[str, tuple[str, str | None]]:
    return {p.name: (p.kind, p.code) for p in extract_text(text).places}


def test_dateline_city_and_cued_places():
    found = _places("PALU – Gubernur membuka rapat di Kabupaten Poso bersama warga Kecamatan Pamona Puselemba.")
    assert found["Kota Palu"] == ("kota", "72.71")
    assert found["Kabupaten Poso"] == ("kabupaten", "72.02")
    assert found["Kecamatan Pamona Puselemba"][1] == "72.02.04"


def test_dateline_follows_the_kabupaten_in_context():
    found = _places("BOGOR. Pelatihan petani digelar di Kec. Cigudeg dan Kec. Sukajaya selama tiga hari.")
    assert found["Kabupaten Bogor"] == ("kabupaten", "32.01")
    assert found["Kecamatan Sukajaya"] == ("kecamatan", "32.01.35")


def test_aliases_and_lowercase_provinces():
    found = _places("Hasil panen di Kaltim naik, sementara produksi jawa tengah turun di seluruh Indonesia.")
    assert found["Kalimantan Timur"] == ("provinsi", "64")
    assert found["Jawa Tengah"] == ("provinsi", "33")
    assert found["Indonesia"] == ("negara", None)


def test_names_inside_organizations_and_titles_are_not_places():
    found = _places("Bupati Poso dan Dinas Pendidikan Provinsi Sumatera Barat hadir dalam rapat kemarin sore.")
    assert found == {}


def test_village_written_bare_after_a_venue_with_its_kabupaten():
    found = _places("Rapat digelar di Torau Resort-Tentena, Kabupaten Poso pada pagi hari.")
    assert found["Tentena"] == ("desa", "72.02.04.1001")


def test_village_with_cue_resolved_in_the_document_context():
    found = _places("Sangihe – Bantuan kapal diserahkan di pantai Kelurahan Apengsembeka kepada nelayan.")
    assert found["Kabupaten Kepulauan Sangihe"][1] == "71.03"
    assert found["Kelurahan Apengsembeka"] == ("desa", "71.03.17.1008")


def test_cue_words_in_common_phrases_are_not_places():
    found = _places("Penyuluhan calon Desa Sadar Hukum digelar bagi Desa Belum Berlistrik di Kabupaten Tabanan.")
    assert set(found) == {"Kabupaten Tabanan"}


def test_street_is_an_other_place():
    found = _places("Raker diadakan di Rocky Plaza Hotel jalan Permindo Padang.")
    assert found["jalan Permindo"] == ("other", None)
    assert found["Kota Padang"] == ("kota", "13.71")


def test_a_trunk_road_is_named_with_the_region_it_crosses():
    found = _places("Perbaikan jalur Trans Sulawesi di Kabupaten Donggala dan Jalan Trans Papua di Kabupaten Jayapura "
                    "dimulai. Longsor menutup Jalan Lintas Sulawesi di Kabupaten Parigi Moutong.")
    assert found["Jalan Trans Papua"] == ("other", None)
    assert found["Jalan Lintas Sulawesi"] == ("other", None)
    assert "Papua" not in found and "Sulawesi" not in found and "Jalan Trans" not in found


def test_culture_adjectives_are_not_places():
    assert "Kabupaten Manggarai" not in _places("Peserta mengenal budaya Manggarai dan tenun songke di Labuan Bajo.")


def test_songs_and_stations_named_after_a_region_are_not_places():
    found = _places("Judul\nUpacara diawali lagu Indonesia Raya. Presiden berangkat dari Stasiun Manggarai ke Kota Bogor.")
    assert "Indonesia" not in found and "Kabupaten Manggarai" not in found
    assert "Kota Bogor" in found


def test_a_village_named_with_its_cue_is_a_place_even_where_the_register_does_not_place_it():
    found = _places("Judul\nBanjir melanda Desa Sidomulyo di Kecamatan Kutoarjo. Program Desa Wisata dan Desa Siaga "
                    "Sehat diluncurkan.")
    assert "Desa Sidomulyo" in found and not any(n.startswith(("Desa Wisata", "Desa Siaga")) for n in found)


def test_hamlets_estates_and_main_roads_end_where_an_address_says():
    found = _places("Judul\nLongsor terjadi di Dusun Krajan RT 02 RW 03 dan Dukuh Karangtengah, Kecamatan Bener. "
                    "Pohon tumbang di Jalan Raya Kutoarjo dan banjir di Perumahan Griya Asri, sedangkan program "
                    "Perumahan Rakyat dan Kawasan Strategis Pariwisata Nasional berjalan.")
    assert {"Dusun Krajan", "Dukuh Karangtengah", "Jalan Raya Kutoarjo", "Perumahan Griya Asri"} <= set(found)
    assert "Perumahan Rakyat" not in found and not any(n.startswith("Kawasan") for n in found)


def test_a_road_ends_before_its_kilometre_post():
    found = _places("Judul\nWarga bergotong royong di Jalan Merbau Km 4, Kecamatan Bener, dan di Jalan Lintas Selatan "
                    "KM 12.")
    assert {"Jalan Merbau", "Jalan Lintas Selatan"} <= set(found)
    assert not any("Km" in n or "KM" in n for n in found)


def test_a_road_named_after_a_hero_may_open_with_initials_that_spell_a_function_word():
    found = _places("Judul\nPetugas menambal lubang di Jalan DI Panjaitan, Kecamatan Bener.")
    assert "Jalan DI Panjaitan" in found
    assert not any(n.startswith("JALAN") for n in _places("Judul\nJALAN DI DESA RUSAK BERAT"))


def test_a_street_written_again_without_its_heros_rank_is_the_same_street():
    found = _places("Judul\nPetugas menertibkan lapak di Jalan Letnan Jenderal Suprapto dan Jalan Melati. Penertiban "
                    "berlanjut di Jalan Suprapto.")
    assert "Jalan Letnan Jenderal Suprapto" in found and "Jalan Melati" in found
    assert "Jalan Suprapto" not in found


def test_kelurahan_written_with_digits_resolves_to_its_spelled_out_name():
    found = _places("PALEMBANG – Bantuan diterima warga Kelurahan 7 Ulu dan Kelurahan 26 Ilir, Kota Palembang.")
    assert found["Kelurahan 7 Ulu"] == ("desa", "16.71.02.1006")  # "Tujuh Ulu" in the register
    assert found["Kelurahan 26 Ilir"][0] == "desa"
    assert found["Kelurahan 26 Ilir"][1].startswith("16.71.")


def test_foreign_countries_and_cities_as_written():
    found = _places("Delegasi dari Laos, Uzbekistan dan China bertemu di Samarkand sebelum terbang ke Den Haag.")
    assert {name: found[name][0] for name in ("Laos", "Uzbekistan", "China", "Samarkand", "Den Haag")} == {
        "Laos": "negara", "Uzbekistan": "negara", "China": "negara", "Samarkand": "kota", "Den Haag": "kota"}


def test_languages_listed_after_bahasa_are_not_countries():
    assert _places("Pelatihan guru bahasa Arab, Jepang, Jerman, dan Prancis digelar di Kota Malang.") == {
        "Kota Malang": ("kota", "35.73")}


def test_a_lowercase_area_word_is_no_place_cue():
    assert list(_places("Stabilitas kawasan Indonesia terus dijaga bersama.")) == ["Indonesia"]


def test_one_cue_for_a_list_of_kecamatan():
    found = _places("Kabupaten Pekalongan membina 8 KUA Kecamatan (Talun, Sragi, Karanganyar dan Wonokerto) tahun ini.")
    assert {name for name, (kind, _) in found.items() if kind == "kecamatan"} == {
        "Kecamatan Talun", "Kecamatan Sragi", "Kecamatan Karanganyar", "Kecamatan Wonokerto"}
    assert "Kabupaten Karanganyar" not in found


def test_the_kabupaten_of_an_address_does_not_continue_a_list():
    found = _places("Layanan digelar di Kapanewon Sewon, Bantul, Daerah Istimewa Yogyakarta.")
    assert [kind for kind, _ in found.values()].count("kecamatan") == 1


def test_summits_titles_and_channels_are_not_regions():
    assert _places("Menteri menghadiri KTT ASEAN bersama Karo Humas dan wartawan Metro TV.") == {}
    assert set(_places("Sosialisasi digelar di Kabupaten Karo dan di Kota Metro.")) == {"Kabupaten Karo", "Kota Metro"}


def test_kecamatan_after_the_name_of_a_housing_estate_is_an_address():
    found = _places("Kegiatan dilaksanakan di perumahan Delta Mas Kecamatan Bekasi Selatan, lokasi posko banjir.")
    assert found["Kecamatan Bekasi Selatan"] == ("kecamatan", "32.75.04")
    assert "Kecamatan Bekasi Selatan" not in _places("Petugas Puskesmas Kecamatan Bekasi Selatan hadir.")


def test_a_bare_desa_with_a_short_first_word_in_an_address_chain():
    found = _places("Sosialisasi bertempat di Gedung Serbaguna, Sei Pasah, Kecamatan Kapuas Hilir, Kabupaten Kapuas.")
    assert found["Sei Pasah"] == ("desa", "62.03.02.1005")


@pytest.mark.parametrize("text, name, code", [
    ("Kegiatan itu digelar di Kecamatan Bukit Raya, Kabupaten Katingan, pada Senin.", "Kecamatan Bukit Raya",
     "62.06.13"),
    ("Kegiatan itu digelar di Kecamatan Wonosobo, Kabupaten Wonosobo, pada Senin.", "Kecamatan Wonosobo", "33.07.09"),
])
def test_a_kecamatan_resolved_by_the_kabupaten_written_with_it(text, name, code):
    assert _places(text)[name] == ("kecamatan", code)


@pytest.mark.parametrize("text, name", [
    ("BATANG - Dinas Sosial menyalurkan bantuan kepada warga.", "Kabupaten Batang"),
    ("KARO, 12 Juni 2024 - Dinas Sosial menyalurkan bantuan.", "Kabupaten Karo"),
])
def test_a_dateline_region_that_is_also_a_common_word(text, name):
    assert name in _places(text)


def test_every_member_state_is_a_country_not_a_city():
    facts = extract_text("Perwakilan dari Gabon, Suriname, dan Republik Dominika hadir dalam sidang itu.")
    assert {(p.name, p.kind) for p in facts.places} == {
        ("Gabon", "negara"), ("Suriname", "negara"), ("Republik Dominika", "negara")}
