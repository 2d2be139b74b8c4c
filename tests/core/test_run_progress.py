"""What a run shows: progress counts items once their documents are extracted and loaded (not when read), and
`warta run` on a terminal draws one bar, keeps Prefect's INFO lines for --verbose and ends with the summary."""
from __future__ import annotations

import logging
import os
import pty
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.cli.run_output import prefect_logs
from pipeline.runs import Stages, extract_batch, run_pipeline


class Deferred:
    """An extraction handed on and done only when its result is asked for (as on a worker)."""

    def __init__(self, documents, events):
        self.documents, self.events = documents, events

    def result(self):
        self.events.append(("extracted", len(self.documents)))
        return extract_batch(self.documents)


def test_progress_follows_extraction_not_reading(small_corpus: Path, tmp_path: Path):
    events: list[tuple[str, int]] = []
    stages = Stages(submit=lambda documents, settings, pool: Deferred(documents, events), window=2,
                    worker_processes=False)  # as on Dask: submitted, extracted elsewhere
    summary = run_pipeline(small_corpus, tmp_path / "w.duckdb", batch_size=2, stages=stages, workers=1,
                           progress=lambda n: events.append(("progress", n)))
    assert summary.new == 5
    extracted = [i for i, (what, _) in enumerate(events) if what == "extracted"]
    reported = [i for i, (what, _) in enumerate(events) if what == "progress"]
    assert len(extracted) == len(reported) == 3  # batches of 2, 2 and 1
    assert all(e < r for e, r in zip(extracted, reported))  # each batch counted after its extraction
    assert sum(n for what, n in events if what == "progress") == summary.seen


def test_prefect_info_lines_only_when_verbose():
    logger = logging.getLogger("prefect")
    before = logger.level
    try:
        logger.setLevel(logging.INFO)
        prefect_logs(verbose=True)
        assert logger.isEnabledFor(logging.INFO)
        prefect_logs(verbose=False)
        assert not logger.isEnabledFor(logging.INFO) and logger.isEnabledFor(logging.WARNING)
    finally:
        logger.setLevel(before)


def run_on_a_terminal(args: list[str], timeout: float = 600) -> tuple[int, str]:
    """A warta command with stdout and stderr on a pseudo-terminal (as `make run` in a shell)."""
    master, slave = pty.openpty()
    env = {**os.environ, "COLUMNS": "120", "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "pipeline.cli", *args], stdin=subprocess.DEVNULL, stdout=slave,
                            stderr=slave, env=env, close_fds=True)
    os.close(slave)
    chunks, deadline = [], time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            data = os.read(master, 65536)
        except OSError:  # the command has exited and closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    code = proc.wait(timeout=60)
    return code, re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", b"".join(chunks).decode("utf-8", "replace"))


@pytest.mark.reliability  # a Prefect temporary server and a fresh process (~90 s): `make run` as a user sees it
def test_warta_run_on_a_terminal_shows_a_bar_and_the_summary_without_prefect_lines(small_corpus, tmp_path):
    for path in sorted(small_corpus.iterdir())[2:]:
        path.unlink()
    code, shown = run_on_a_terminal(["run", "--corpus", str(small_corpus), "--db", str(tmp_path / "w.duckdb"),
                                     "--workers", "1"])
    assert code == 0, shown
    assert "warta: extracting" in shown  # the bar
    assert "| INFO" not in shown and "Finished in state" not in shown, shown
    tail = shown[shown.rindex("warta run "):]  # the summary comes last
    assert "documents seen" in tail and re.search(r"new\s*│\s*2\b", tail), tail


def test_the_bar_total_is_the_items_the_run_will_see(tmp_path):
    from pipeline.cli.run_output import count_files
    from pipeline.sources.base import iter_items

    (tmp_path / "README.md").write_text("Tentang folder ini.\n")
    (tmp_path / ".draf.txt").write_text("draf\n")
    (tmp_path / "a.txt").write_text("Rilis A\n\nIsi rilis A.\n")
    (tmp_path / "feed.jsonl").write_text('{"text": "satu"}\n\n{"text": "dua"}\n{"text": "tiga"}\n')
    (tmp_path / "arsip.json").write_text('[{"text": "empat"}, {"text": "lima"}]')
    assert count_files(tmp_path) == sum(1 for _ in iter_items(str(tmp_path), kind="files")) == 6
    assert count_files(tmp_path / "a.txt") is None
