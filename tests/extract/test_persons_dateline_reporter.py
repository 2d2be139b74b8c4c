"""The reporter named in the dateline's bracket (invented sentences)."""
from tests.extract.readers import titles_by_person


def test_two_name_words_in_the_dateline_bracket_are_the_reporter():
    text = ("Kemenag Gelar Bimbingan Manasik\n"
            "Sukamaju (Wirga Panca)---Bimbingan manasik haji digelar di aula kantor kementerian.")
    assert titles_by_person(text).get("Wirga Panca") == []


def test_outlet_named_with_a_place_in_the_dateline_bracket_is_no_person():
    text = ("Kemenag Gelar Bimbingan Manasik\n"
            "Kendal (Radar Kendal) - Bimbingan manasik haji digelar di aula kantor kementerian.")
    assert "Radar Kendal" not in titles_by_person(text)
