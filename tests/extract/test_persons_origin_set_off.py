"""Persons: a name set off by commas after the region a person comes from ("asal" and a place) is a person's."""
from tests.extract.readers import titles_by_person as persons


def test_a_one_word_name_after_the_region_of_origin():
    text = ("Kontingen Sulawesi Barat Raih Dua Emas\n"
            "Medali emas diraih atlet pencak silat asal Kabupaten Majene, Nurhalisa, pada hari kedua. Pelari asal "
            "Kota Palu, Fadli, meraih perak.")
    ps = persons(text)
    assert "Nurhalisa" in ps
    assert "Fadli" in ps


def test_a_region_after_the_region_of_origin_is_no_person():
    text = ("Kejuaraan Pencak Silat\nJuara umum diraih peserta asal Kabupaten Sigi, Sulawesi Tengah, tahun ini.")
    assert persons(text) == {}
