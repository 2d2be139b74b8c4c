"""An address runs from the village up: "Desa X Kecamatan Y", "Desa X, Y". Written together, the two names place
each other even where each alone repeats across the country; a list of villages is not an address."""
from __future__ import annotations

from pipeline.extract.run import extract_text
from tests.extract.readers import places_found as places


def test_a_village_and_its_kecamatan_place_each_other():
    # Geger and Turi each name several regions; only one Kelurahan Geger lies in a Kecamatan Turi
    found = places("Warga Kelurahan Geger Kecamatan Turi mengikuti vaksinasi massal pada Senin (6/1/2025).")
    assert found == [("Kelurahan Geger", "desa", "35.24.21.2001"), ("Kecamatan Turi", "kecamatan", "35.24.21")]


def test_a_placed_village_places_its_kecamatan():
    found = places("Warga Desa Prajegan Kecamatan Sukorejo mengikuti vaksinasi massal.")
    assert ("Kecamatan Sukorejo", "kecamatan", "35.02.15") in found


def test_an_unknown_pair_is_still_an_address():
    found = places("Warga Desa Sukamaju Kecamatan Sukamakmur mengikuti vaksinasi massal.")
    assert [name for name, _, _ in found] == ["Desa Sukamaju", "Kecamatan Sukamakmur"]


def test_a_bare_name_after_a_village_is_its_kecamatan():
    found = places("Lombok Tengah - Tim gabungan menyalurkan bantuan kepada warga di Loang Maka, Janapria, Rabu "
                   "(8/1/2025).")
    assert ("Loang Maka", "desa", "52.02.07.2004") in found
    assert ("Janapria", "kecamatan", "52.02.07") in found


def test_a_list_of_villages_is_no_address():
    found = places("Lombok Tengah - Bantuan disalurkan ke Desa Loang Maka, Janapria dan Lekor, Rabu (8/1/2025).")
    assert ("Desa Janapria", "desa", "52.02.07.2003") in found
    assert ("Desa Lekor", "desa", "52.02.07.2001") in found


def test_a_village_name_of_the_register_runs_over_a_function_word():
    names = {p.name for p in extract_text("Saluran Dibersihkan\nKUBU RAYA – Petugas membersihkan saluran di Desa "
                                          "Sungai Raya Dalam, Kecamatan Sungai Raya.").places}
    assert "Desa Sungai Raya Dalam" in names
    assert "Desa Sungai Raya" not in names


def test_kota_after_a_kecamatan_and_before_no_name_is_the_town_part_of_its_name():
    names = {p.name for p in extract_text("Banjir Surut\nBupati meninjau banjir di Kelurahan Kayamanya, Kecamatan "
                                          "Poso Kota. Warga Kecamatan Pamona Puselemba Kota Tentena ikut "
                                          "membantu.").places}
    assert "Kecamatan Poso Kota" in names
    assert "Kecamatan Pamona Puselemba" in names


def test_a_village_its_kecamatan_and_its_kabupaten_written_bare_are_an_address():
    found = {p.name: p.kind for p in extract_text("Longsor\nPetugas membersihkan material longsor di Desa "
                                                  "Somongari, Kaligesing, Purworejo.").places}
    assert found.get("Kaligesing") == "kecamatan"
    assert "Desa Kaligesing" not in found


def test_a_kecamatan_cue_before_a_name_of_no_kecamatan_of_the_named_kota_is_no_place():
    names = {p.name for p in extract_text("Program Sebar\nKOTA BEKASI – Program Sehari di Kecamatan Bersatu dan "
                                          "Berdaya kini digelar di Kecamatan Mustikajaya.").places}
    assert "Kecamatan Mustikajaya" in names
    assert not any("Bersatu" in n for n in names)


def test_a_list_of_kecamatan_goes_on_after_dan_juga():
    names = {p.name for p in extract_text("Banjir\nAir masih merendam Kecamatan Sragi, Talun dan juga Wonokerto di "
                                          "Kabupaten Pekalongan.").places}
    assert {"Kecamatan Sragi", "Kecamatan Talun", "Kecamatan Wonokerto"} <= names


def test_a_cue_then_yaitu_announces_a_list_of_names_of_its_kind():
    names = {p.name for p in extract_text("Banjir\nAir merendam Kabupaten Pekalongan, terutama tiga kecamatan yaitu "
                                          "Sragi, Talun dan Wonokerto.").places}
    assert {"Kecamatan Sragi", "Kecamatan Talun", "Kecamatan Wonokerto"} <= names


def test_a_bare_name_before_its_province_is_the_one_region_of_that_name_there():
    # no kabupaten or kota in the text: the province written next to the name holds one Lubang Buaya, one Legian
    found = places("Warga berkumpul di Gedung Serbaguna Cempaka, Lubang Buaya, Jakarta, pada Minggu pagi. Lomba "
                   "perahu digelar di pantai dekat Hotel Anggrek Biru, Legian, Bali.")
    assert ("Lubang Buaya", "desa", "31.75.10.1007") in found
    assert ("Legian", "desa", "51.03.01.1004") in found


def test_a_kabupaten_whose_name_opens_with_a_kecamatan_ends_the_address():
    # Parigi is also a kecamatan of Kabupaten Parigi Moutong: after a kecamatan and a comma the longer name is
    # the kabupaten of the address, not a second kecamatan of a list
    found = places("Petugas memeriksa jembatan gantung di Kecamatan Ampibabo, Parigi Moutong, pada Selasa pagi.")
    assert found == [("Kecamatan Ampibabo", "kecamatan", "72.08.02"),
                     ("Kabupaten Parigi Moutong", "kabupaten", "72.08")]
    found = places("Rombongan dinas berangkat menuju Tomini, Parigi Moutong, untuk meninjau irigasi.")
    assert ("Kabupaten Parigi Moutong", "kabupaten", "72.08") in found
    assert all(name != "Parigi" for name, _, _ in found)
