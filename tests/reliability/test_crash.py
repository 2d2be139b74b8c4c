"""Crash safety: `kill -9` a run while it loads, rerun, and the facts equal those of a clean run."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from pipeline.store.schema import FACT_TABLES
from tests.reliability.helpers import ENV, REPO, WARTA, table_rows, write_corpus

N_DOCS = 30
KILL_AFTER = 6  # documents with stored facts before the kill
BATCH = 3
DOCUMENT_COLUMNS_VARYING = ("ingested_at", "extracted_at")


def committed_facts(db: Path, snapshot_dir: Path) -> int | None:
    """Documents with facts in a copy of the live files (the writer holds the lock, so copy, then open).

    A copy taken mid-write is itself a crash image: DuckDB must open it too, or we try again."""
    for name in (db.name, db.name + ".wal"):
        live = db.with_name(name)
        target = snapshot_dir / name
        target.unlink(missing_ok=True)
        if live.exists():
            try:
                shutil.copyfile(live, target)
            except FileNotFoundError:  # the WAL was checkpointed away in between
                pass
    try:
        con = duckdb.connect(str(snapshot_dir / db.name), read_only=True)
    except duckdb.Error:
        return None
    try:
        return con.execute("SELECT count(*) FROM facts_json").fetchone()[0]
    except duckdb.Error:
        return None
    finally:
        con.close()


def kill_mid_run(corpus: Path, db: Path, snapshot_dir: Path, deadline: float = 300) -> int:
    proc = subprocess.Popen([WARTA, "run", "--no-flow", "--corpus", str(corpus), "--db", str(db),
                             "--batch-size", str(BATCH)], env=ENV, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    started = time.monotonic()
    seen = 0
    try:
        while time.monotonic() - started < deadline:
            assert proc.poll() is None, f"the run ended before it could be killed: {proc.stderr.read()[-2000:]}"
            if db.exists():
                seen = committed_facts(db, snapshot_dir) or seen
                if seen >= KILL_AFTER:
                    os.kill(proc.pid, signal.SIGKILL)
                    break
            time.sleep(0.2)
        else:
            raise AssertionError("no facts were loaded before the deadline")
    finally:
        if proc.poll() is None and seen < KILL_AFTER:
            proc.kill()
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    return seen


@pytest.mark.reliability  # a real run with extraction: minutes on 2 busy cores; test_crash_store covers the load quickly
def test_kill_9_mid_load_then_rerun_equals_clean_run(tmp_path, nlp):
    from pipeline.runs import run_pipeline
    from pipeline.store.db import open_store
    from pipeline.version import extractor_version

    corpus = write_corpus(tmp_path / "corpus", N_DOCS, words=100, seed=31)
    snapshot_dir = tmp_path / "snapshot"
    snapshot_dir.mkdir()
    db, clean_db = tmp_path / "crashed.duckdb", tmp_path / "clean.duckdb"

    killed_at = kill_mid_run(corpus, db, snapshot_dir)
    assert KILL_AFTER <= killed_at < N_DOCS

    con = open_store(db)  # the database opens (and migrates) after the crash
    versions = {v for (v,) in con.execute("SELECT DISTINCT extractor_version FROM facts_json").fetchall()}
    con.close()
    rerun = run_pipeline(corpus, db, batch_size=BATCH)
    assert rerun.rejected == 0
    assert rerun.new + rerun.reextracted + rerun.unchanged == N_DOCS
    if versions == {extractor_version()}:  # (rules edited meanwhile would make everything stale)
        assert rerun.unchanged >= KILL_AFTER  # what was committed before the kill is kept, not redone
    clean = run_pipeline(corpus, clean_db, batch_size=BATCH)
    assert clean.new == N_DOCS

    for table in FACT_TABLES:
        assert table_rows(db, table) == table_rows(clean_db, table), f"{table} differs from the clean run"
    assert table_rows(db, "documents", DOCUMENT_COLUMNS_VARYING) == \
        table_rows(clean_db, "documents", DOCUMENT_COLUMNS_VARYING)
    con = duckdb.connect(str(db), read_only=True)
    try:
        per_doc = con.execute("SELECT max(n) FROM (SELECT count(*) n FROM facts_json GROUP BY document_id)").fetchone()
        assert per_doc[0] == 1
    finally:
        con.close()


STORE_DOCS, STORE_BATCH = 150, 25


@pytest.mark.parametrize("delay", [0.0, 0.1])
def test_kill_9_mid_store_load_keeps_whole_batches(tmp_path, delay):
    """The load alone, killed at different moments after a few committed batches: no partial document, and
    finishing the load gives exactly the tables of a clean load."""
    from tests.reliability.store_loader import load

    db, clean_db = tmp_path / "crashed.duckdb", tmp_path / "clean.duckdb"
    proc = subprocess.Popen([sys.executable, "-m", "tests.reliability.store_loader", str(db), str(STORE_DOCS),
                             str(STORE_BATCH)], env=ENV, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        for _ in range(3):
            line = proc.stdout.readline()
            assert line, f"the loader ended early: {proc.stderr.read()[-2000:]}"
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == -signal.SIGKILL

    con = duckdb.connect(str(db), read_only=True)  # opens after the crash
    try:
        loaded = {r[0] for r in con.execute(
            "SELECT document_id FROM documents WHERE extractor_version IS NOT NULL").fetchall()}
        with_facts = {r[0] for r in con.execute("SELECT document_id FROM facts_json").fetchall()}
        partial = con.execute("""SELECT count(*) FROM (SELECT document_id, count(*) n FROM persons
                                 GROUP BY document_id) WHERE n <> 3""").fetchone()[0]
    finally:
        con.close()
    assert len(loaded) >= 3 * STORE_BATCH
    assert loaded == with_facts and partial == 0  # facts of a document come whole or not at all
    assert load(db, STORE_DOCS, STORE_BATCH) == STORE_DOCS - len(loaded)  # the rest, nothing twice
    load(clean_db, STORE_DOCS, STORE_BATCH)
    for table in FACT_TABLES:
        assert table_rows(db, table) == table_rows(clean_db, table), f"{table} differs from a clean load"
    assert table_rows(db, "documents", DOCUMENT_COLUMNS_VARYING) == \
        table_rows(clean_db, "documents", DOCUMENT_COLUMNS_VARYING)
