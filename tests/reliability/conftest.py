"""Fixtures of the reliability tests."""
from __future__ import annotations

from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config, items):
    """Every test in this folder is a reliability test (crashes, concurrency, bad input)."""
    for item in items:
        if HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.reliability)


@pytest.fixture(scope="session")
def nlp():
    """The default extraction pipeline, built once for all in-process runs."""
    from pipeline.extract.registry import get_nlp

    return get_nlp()
