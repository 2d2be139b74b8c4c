"""How personal names are written across Indonesia, in the positions a release puts them."""
import pytest

from tests.extract.readers import titles_by_person as persons


@pytest.mark.parametrize("text, expected", [
    # Balinese birth-order names and their particles open the holder's name after a post, with or without a comma
    ("Ketua Gapoktan Sari Tani, Ketut Arsana mengatakan hasil panen meningkat.",
     {"Ketut Arsana": ["Ketua Gapoktan Sari Tani"]}),
    ("Kepala Dinas Pertanian Kabupaten Dompu, I Made Suarta, S.P., M.Si. turut hadir.",
     {"I Made Suarta": ["Kepala Dinas Pertanian Kabupaten Dompu"]}),
    ("Rapat dihadiri Kepala Dinas Kesehatan Sulteng I Komang Adi Sujendra dan Kepala Bappeda Sulteng I Nyoman "
     "Sukadana.", {"I Komang Adi Sujendra": ["Kepala Dinas Kesehatan Sulteng"],
                   "I Nyoman Sukadana": ["Kepala Bappeda Sulteng"]}),
])
def test_name_forms(text, expected):
    got = persons(text)
    for name, titles in expected.items():
        assert got.get(name) == titles, got
