"""Extraction in worker processes gives exactly the facts of in-process extraction, loaded by one writer."""
from __future__ import annotations

from pathlib import Path

import duckdb

from pipeline.parallel import MIN_POOL_DOCUMENTS, pool_size
from pipeline.runs import run_pipeline


def test_pool_size_rules(monkeypatch):
    monkeypatch.setattr("pipeline.parallel.cpu_cores", lambda: 8)
    assert pool_size(3, 100, small_run=False) == 3  # explicit
    assert pool_size(1, 100, small_run=False) == 1
    assert pool_size(None, 100, small_run=False) == 8  # the cores
    assert pool_size(None, 20, small_run=True) == 2  # a small run: capped
    assert pool_size(None, MIN_POOL_DOCUMENTS - 1, small_run=True) == 1  # a handful: in-process


def _stored(db: Path) -> list:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT * FROM facts_json ORDER BY 1").fetchall()
    finally:
        con.close()


def test_run_with_workers_loads_the_same_store(small_corpus: Path, tmp_path: Path):
    one = run_pipeline(small_corpus, tmp_path / "one.duckdb", workers=1)
    two = run_pipeline(small_corpus, tmp_path / "two.duckdb", workers=2, batch_size=2)
    assert one.facts == two.facts and one.new == two.new and one.rejected == two.rejected
    assert _stored(tmp_path / "one.duckdb") == _stored(tmp_path / "two.duckdb")
