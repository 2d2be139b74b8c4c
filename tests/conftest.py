"""Shared fixtures: paths, and a small copy of the embedded corpus."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
SEED = CORPUS / "sulteng-rakor-perindag-2024.txt"
SHARED_DEV = REPO.parent / "shared" / "eval" / "dev"
CORPUS_GOLD = REPO / "tests" / "fixtures" / "corpus_gold"


@pytest.fixture
def small_corpus(tmp_path: Path) -> Path:
    """Five corpus releases (txt and html) copied into a fresh folder."""
    target = tmp_path / "corpus"
    target.mkdir()
    txts = sorted(CORPUS.glob("*.txt"))[:3]
    htmls = sorted((CORPUS / "html").glob("*.html"))[:2]
    for path in [*txts, *htmls]:
        shutil.copy(path, target / path.name)
    return target
