import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from release_site import Site, fast_http  # noqa: E402

from pipeline.sources.http import HttpClient  # noqa: E402


@pytest.fixture
def site():
    s = Site().start()
    yield s
    s.stop()


@pytest.fixture
def client():
    with HttpClient(fast_http()) as c:
        yield c
