"""A region's cue misspelt by one letter still names the region of the register written after it."""
from __future__ import annotations

from pipeline.extract import extract_text


def _places(text: str) -> list[str]:
    return [p.name for p in extract_text(text).places]


def test_a_cue_misspelt_by_one_letter_names_the_region_of_the_register():
    places = _places("Banjir Surut\nAir mulai surut di Kecamatam Wanaraya dan warga Kebupaten Barito Kuala "
                     "kembali ke rumah.")
    assert {"Kecamatan Wanaraya", "Kabupaten Barito Kuala"} <= set(places)


def test_a_misspelt_cue_before_a_name_outside_the_register_is_no_place():
    places = _places("Program Baru\nPemerintah meluncurkan program Kecamatam Sehat Sejahtera tahun ini.")
    assert not any("Sehat" in p for p in places)
