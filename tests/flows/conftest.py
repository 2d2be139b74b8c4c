import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "sources"))

from release_site import Site  # noqa: E402


@pytest.fixture(scope="session")
def prefect_server():
    """One temporary Prefect API for the session (each start costs ~20 s)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture
def site():
    s = Site().start()
    yield s
    s.stop()
