"""Weather and disaster releases: names that are not persons."""
from __future__ import annotations

from pipeline.extract import extract_text


def _persons(text: str) -> list[str]:
    return [p.name for p in extract_text(text).persons]


def test_a_form_of_address_ending_a_mountains_name_opens_no_person():
    names = _persons("Gunung Api Dipantau\nPos pengamatan memantau Gunung Ibu, Gunung Tanalo dan Gunung Bapak "
                     "setiap hari.")
    assert names == []
