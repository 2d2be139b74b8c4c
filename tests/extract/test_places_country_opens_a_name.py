"""A country or region word that opens a longer capitalized name (a hotel, a league) is not a place there."""
from __future__ import annotations

from pipeline.extract import extract_text


def _places(text: str) -> set[str]:
    return {p.name for p in extract_text(text).places}


def test_country_word_opening_a_hotel_name():
    found = _places("Rapat\nPara peserta menginap di Swiss Belhotel Kendari selama tiga hari kegiatan berlangsung.")
    assert "Swiss" not in found


def test_continent_word_opening_a_league_name():
    found = _places("Turnamen\nTim muda kota itu akan berlaga dalam liga Asia Qualifiers di Thailand pekan depan.")
    assert "Asia" not in found and "Thailand" in found


def test_country_before_a_weekday_stays():
    assert "Malaysia" in _places("Delegasi Malaysia Selasa lalu tiba di Jakarta untuk rapat.")
