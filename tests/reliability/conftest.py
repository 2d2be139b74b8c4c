"""Fixtures of the reliability tests."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    """The default extraction pipeline, built once for all in-process runs."""
    from pipeline.extract.registry import get_nlp

    return get_nlp()
