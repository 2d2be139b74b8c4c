"""The experiments' command line loads and lists its commands (they are rerun by hand, not by CI)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_experiments_cli_lists_its_commands():
    done = subprocess.run([sys.executable, "-m", "experiments", "--help"], capture_output=True, text=True,
                          timeout=120, cwd=REPO)
    assert done.returncode == 0, done.stderr
    for command in ("vote", "news-teacher", "soft-distill", "rules-combined"):
        assert command in done.stdout

