"""One writer per DuckDB file: a second run fails fast (exit 3) or waits (--wait), readers are told why they
cannot read (exit 2), and nothing is corrupted."""
from __future__ import annotations

import subprocess
import time

import duckdb
import pytest

from pipeline.store.db import StoreLockedError, open_store
from pipeline.store.query import connect_read_only
from pipeline.store.schema import FACT_TABLES
from tests.reliability.helpers import ENV, WARTA, write_corpus, warta
from tests.reliability.store_loader import load

LOCKED = "is in use by another process"


def said(text: str) -> str:
    """The message without the line breaks a terminal-width console puts in it."""
    return " ".join(text.split())


def _checksums(db) -> dict:
    """Documents and facts (runs, rejects and derived dedup keys are expected to change)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*), md5(string_agg(x::VARCHAR, '|' ORDER BY x::VARCHAR)) FROM {t} x")
                .fetchone() for t in ("documents", *FACT_TABLES)}
    finally:
        con.close()


@pytest.fixture
def stored(tmp_path):
    """A store with some documents and facts, and a corpus that needs no extraction (one reject)."""
    db = tmp_path / "warta.duckdb"
    load(db, 10, 10)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "kosong.txt").write_text("")
    return db, corpus


def test_second_writer_fails_fast_or_waits(stored):
    db, corpus = stored
    before = _checksums(db)
    holder = open_store(db)  # this process is now the writer
    try:
        started = time.monotonic()
        done = warta("run", "--no-flow", "--corpus", str(corpus), "--db", str(db), timeout=120)
        assert done.returncode == 3, done.stdout + done.stderr
        assert LOCKED in said(done.stderr) and "--wait" in said(done.stderr)
        assert f"database {db} is in use" in done.stderr  # printed unwrapped: the path can be copied
        failed_after = time.monotonic() - started

        done = warta("query", "SELECT count(*) FROM documents", "--db", str(db), timeout=120)
        assert done.returncode == 2 and LOCKED in said(done.stderr), done.stderr

        waiting = subprocess.Popen([WARTA, "run", "--no-flow", "--corpus", str(corpus), "--db", str(db),
                                    "--wait", "300"], env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                   text=True)
        time.sleep(failed_after + 3)  # long enough to have reached the lock and failed, were it not waiting
        assert waiting.poll() is None, waiting.communicate()
    finally:
        holder.close()
    out, err = waiting.communicate(timeout=300)
    assert waiting.returncode == 0, err
    assert "rejected" in out
    assert _checksums(db) == before


@pytest.mark.reliability  # a real run builds the extraction pipeline in its own process (20-60 s on 2 busy cores)
def test_reader_and_writer_during_a_real_run(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", 6, words=100, seed=41)
    db = tmp_path / "warta.duckdb"
    writer = subprocess.Popen([WARTA, "run", "--no-flow", "--corpus", str(corpus), "--db", str(db),
                               "--batch-size", "2", "--wait", "60"], env=ENV, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while True:  # wait until the writer holds the lock (its --wait tolerates this probe)
            assert writer.poll() is None and time.monotonic() < deadline, writer.communicate()
            try:
                connect_read_only(db).close() if db.exists() else None
            except StoreLockedError:
                break
            time.sleep(0.3)
        done = warta("query", "SELECT count(*) FROM documents", "--db", str(db), timeout=120)
        assert done.returncode == 2 and LOCKED in said(done.stderr), done.stderr
        done = warta("run", "--no-flow", "--corpus", str(corpus), "--db", str(db), timeout=120)
        assert done.returncode == 3 and LOCKED in said(done.stderr), done.stderr
        assert writer.poll() is None, "the writer finished before the contenders ran: use a larger corpus"
    finally:
        out, err = writer.communicate(timeout=600)
    assert writer.returncode == 0, err
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 6
        assert con.execute("SELECT count(DISTINCT document_id) FROM facts_json").fetchone()[0] == 6
    finally:
        con.close()
