"""A headline that ends with a word such as "budaya" or "adat" does not turn the next line's dateline town into
"budaya X": that reading holds only within one line."""
from __future__ import annotations

from pipeline.extract import extract_text


def _places(text: str) -> set[str]:
    return {p.name for p in extract_text(text).places}


def test_dateline_after_a_headline_ending_in_budaya():
    text = "KEPALA DINAS HADIRI DIALOG KEBUDAYAAN DAN BUDAYA\nKendari, 12 Mei 2022\nDialog digelar di kampus."
    assert "Kota Kendari" in _places(text)


def test_culture_word_before_a_region_on_the_same_line():
    assert _places("Festival\nPengunjung menikmati budaya Manggarai pada malam itu.") == set()
