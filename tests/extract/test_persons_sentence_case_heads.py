"""A head of several words written in sentence case ("Juru bicara") is the head."""
from tests.extract.readers import titles_by_person as _titles


def test_a_head_with_its_second_word_in_lowercase_is_a_title():
    titles = _titles("Juru bicara Pengadilan Negeri Kupang, Yohanes Nalle, menjelaskan putusan itu kepada wartawan.")
    assert titles["Yohanes Nalle"] == ["Juru bicara Pengadilan Negeri Kupang"]


def test_a_sentence_case_head_before_a_body_then_a_name():
    titles = _titles("Juru bicara Polda Sulawesi Tengah Kombes Pol. Amir Latuconsina menjelaskan kasus itu.")
    assert titles["Amir Latuconsina"] == ["Juru bicara Polda Sulawesi Tengah"]
