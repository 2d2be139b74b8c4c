"""Places: a region written bare after a kabupaten's or kota's post is of the post's level, and so is the dateline."""
from __future__ import annotations

import pytest

from pipeline.extract import extract_text


def _places(text: str) -> list[tuple[str, str]]:
    return [(p.name, p.kind) for p in extract_text(text).places]


@pytest.mark.parametrize("text,place", [
    ("Jembatan Baru\nBIMA - Bupati Bima, Hasan Basri, meresmikan jembatan desa, Senin (3/3/2025).", "Kabupaten Bima"),
    ("Rapat Kerja\nKUPANG - Wakil Bupati Kupang, Yohanes Lado, membuka rapat kerja, Senin (3/3/2025).",
     "Kabupaten Kupang"),
    ("Pasar Murah\nGORONTALO - Bupati Gorontalo, Rahmat Pakaya, membuka pasar murah, Senin (3/3/2025).",
     "Kabupaten Gorontalo"),
])
def test_dateline_beside_a_bupati_is_the_kabupaten(text, place):
    assert _places(text) == [(place, "kabupaten")]


def test_dateline_beside_a_wali_kota_stays_the_kota():
    text = "Rapat Kerja\nBIMA - Walikota Bima, Hasan Basri, membuka rapat kerja, Senin (3/3/2025)."
    assert _places(text) == [("Kota Bima", "kota")]
