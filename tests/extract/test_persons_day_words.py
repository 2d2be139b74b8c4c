"""Words of days: a commemorated day's name after its noun is no person; "Hari" inside a run of name words is a name's."""
import pytest

from tests.extract.readers import titles_by_person as persons


@pytest.mark.parametrize("text, absent", [
    ("Bupati Sigi menghadiri peringatan Isra Mikraj di Masjid Agung Sigi.", "Isra Mikraj"),
    ("Warga Desa Bora merayakan Isra Miraj bersama tokoh agama.", "Isra Miraj"),
    ("Pemdes Bora menggelar perayaan Nuzulul Quran di masjid desa.", "Nuzulul Quran"),
])
def test_commemorated_day_is_no_person(text, absent):
    assert absent not in persons(text)


@pytest.mark.parametrize("text, expected", [
    ("Prof. Bambang Hari Kusumo memberikan kuliah umum di Makassar.", "Bambang Hari Kusumo"),
    ("Pada Hari Bhayangkara, Kapolres Sigi AKBP Dedi Hari Purnomo memimpin upacara.", "Dedi Hari Purnomo"),
])
def test_hari_inside_a_name(text, expected):
    assert expected in persons(text)


def test_day_phrases_stay_days():
    got = persons("Menjelang Hari Raya Idul Fitri, Bupati Sigi Rizal Intjenae meninjau pasar. "
                  "Peringatan Hari Jadi Kabupaten Sigi digelar meriah.")
    assert set(got) == {"Rizal Intjenae"}
