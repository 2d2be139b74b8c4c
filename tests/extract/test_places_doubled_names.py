"""A place name doubled with a hyphen keeps its lowercase second half ("Desa Api-api", "Desa Sipolu-polu")."""
from __future__ import annotations

from pipeline.extract import extract_text


def _places(text: str) -> list[str]:
    return [p.name for p in extract_text(text).places]


def test_a_village_name_doubled_in_lowercase_is_read_whole():
    places = _places("Banjir Surut\nWarga Desa Sipolu-polu, Kecamatan Panyabungan, kembali ke rumah. Bantuan juga "
                     "tiba di Desa Api-api, Kecamatan Bandar Laksamana.")
    assert {"Desa Sipolu-polu", "Desa Api-api"} <= set(places)


def test_a_hyphen_before_another_word_still_ends_the_name():
    places = _places("Kerja Bakti\nWarga Desa Sukamaju-berbenah bersama aparat desa.")
    assert not any(p.startswith("Desa Sukamaju-") for p in places)
