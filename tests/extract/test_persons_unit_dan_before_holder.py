"""A unit named by two words joined by "dan" runs to the comma before its holder."""
from tests.extract.readers import titles_by_person as _titles


def test_a_unit_of_two_unknown_words_then_its_holder():
    titles = _titles("Rapat dipandu Kepala Subbagian Rapat dan Risalah, Dewi Sartika Lamba, di Kota Palu.")
    assert titles == {"Dewi Sartika Lamba": ["Kepala Subbagian Rapat dan Risalah"]}


def test_a_unit_word_after_dan_then_its_holder():
    titles = _titles("Rapat dipandu Kepala Bagian Persidangan dan Risalah, Dewi Sartika Lamba, di Kota Palu.")
    assert titles == {"Dewi Sartika Lamba": ["Kepala Bagian Persidangan dan Risalah"]}


def test_a_name_after_dan_a_body_is_a_person():
    titles = _titles("Hadir Kepala Dinas Kesehatan dan Rahman, Andi Mappaseng dan Yusuf Lamato.")
    assert titles["Rahman"] == ["Kepala Dinas Kesehatan"]
