"""A text too long to extract is rejected at normalize, with what to do, before anything is stored."""
from __future__ import annotations

import pytest

from pipeline.normalize.document import MAX_CHARS, check_max_chars, normalize
from pipeline.rejects import RejectError
from pipeline.sources.base import RawDocument

PARAGRAPH = ("Pemerintah Kabupaten Sigi menggelar rapat koordinasi penanganan stunting bersama camat, kepala desa "
             "dan kader posyandu di aula kantor bupati pada hari Senin. ")


def long_text(chars: int) -> str:
    return "Laporan Tahunan Dinas\n\n" + PARAGRAPH * (chars // len(PARAGRAPH) + 1)


def test_a_text_of_millions_of_characters_is_rejected_with_the_setting_to_change():
    raw = RawDocument(source="laporan.txt", body=long_text(2_500_000))
    with pytest.raises(RejectError) as caught:
        normalize(raw)
    reason = caught.value.reason
    assert reason.startswith("too long to extract (2,5") and f"max_chars is {MAX_CHARS:,}" in reason
    assert "--max-chars" in reason and "warta.toml" in reason


def test_the_limit_is_a_setting():
    raw = RawDocument(source="laporan.txt", body=long_text(30_000))
    assert len(normalize(raw).text) > 30_000
    with pytest.raises(RejectError, match="max_chars is 20,000"):
        normalize(raw, max_chars=20_000)
    assert check_max_chars(500_000) == 500_000
    for bad in (10, 2_000_000, "many", True):
        with pytest.raises(ValueError, match="max_chars must be"):
            check_max_chars(bad)
