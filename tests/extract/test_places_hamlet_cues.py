"""Hamlets written with a shortened or regional cue ("Dsn.", "Grumbul") are places."""
from __future__ import annotations

from pipeline.extract import extract_text


def _extract(text: str):
    facts = extract_text(text)
    return [p.name for p in facts.places], [v.name for v in facts.venues]


def test_a_hamlet_written_with_dsn_is_a_dusun():
    places, _ = _extract("Pohon Tumbang\nSebuah pohon tumbang menimpa rumah warga di Dsn. Sidomukti RT 01 RW 04.")
    assert "Dusun Sidomukti" in places


def test_a_grumbul_is_a_hamlet_not_a_facility():
    places, venues = _extract("Banjir Bandang\nAir merendam rumah di Grumbul Karangsari, Desa Sidareja, Senin (3/2).")
    assert "Grumbul Karangsari" in places
    assert "Grumbul Karangsari" not in venues
