"""The main job: every good document loaded once, bad ones rejected with a reason, reruns change nothing."""
from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from pipeline.runs import run_pipeline
from pipeline.store.schema import FACT_TABLES


def snapshot(db: Path) -> dict[str, list]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {"documents": con.execute(
            "SELECT document_id, source, text, extractor_version FROM documents ORDER BY 1").fetchall()}
        for table in FACT_TABLES:
            cols = [c[0] for c in con.execute(f"DESCRIBE {table}").fetchall()]
            out[table] = sorted(map(repr, con.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()))
        return out
    finally:
        con.close()


def test_run_loads_every_document_and_rerun_changes_nothing(small_corpus: Path, tmp_path: Path):
    db = tmp_path / "w.duckdb"
    first = run_pipeline(small_corpus, db)
    assert first.seen == 5 and first.new == 5 and first.rejected == 0
    before = snapshot(db)
    assert len(before["documents"]) == 5
    assert len(before["facts_json"]) == 5
    second = run_pipeline(small_corpus, db)
    assert second.new == 0 and second.unchanged == 5 and second.reextracted == 0
    assert snapshot(db) == before


def test_bad_documents_are_rejects_with_reasons(small_corpus: Path, tmp_path: Path):
    (small_corpus / "kosong.txt").write_text("")
    (small_corpus / "gambar.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (small_corpus / "english.txt").write_text(
        "The ministry held a coordination meeting with the provincial government on Monday. " * 5)
    (small_corpus / "feed.jsonl").write_text('{"title": "x"}\nnot json\n', encoding="utf-8")
    db = tmp_path / "w.duckdb"
    summary = run_pipeline(small_corpus, db)
    assert summary.new == 5
    reasons = {Path(r.source).name: r.reason for r in summary.rejects}
    assert "empty" in reasons["kosong.txt"]
    assert "binary" in reasons["gambar.txt"]
    assert "not Indonesian" in reasons["english.txt"]
    assert "no text field" in reasons["feed.jsonl#1"]
    assert "malformed JSON" in reasons["feed.jsonl#2"]
    con = duckdb.connect(str(db), read_only=True)
    stored = dict(con.execute("SELECT source, reason FROM rejects").fetchall())
    assert len(stored) == 5 and all(stored.values())
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 5


def test_same_text_under_two_names_is_one_document(small_corpus: Path, tmp_path: Path):
    first = sorted(small_corpus.glob("*.txt"))[0]
    shutil.copy(first, small_corpus / "salinan.txt")
    db = tmp_path / "w.duckdb"
    summary = run_pipeline(small_corpus, db)
    assert summary.new == 5 and summary.duplicates == 1
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 5
    assert con.execute("SELECT count(*) FROM document_sources").fetchone()[0] == 6


def test_facts_keep_provenance(small_corpus: Path, tmp_path: Path):
    db = tmp_path / "w.duckdb"
    run_pipeline(small_corpus, db)
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("""
        SELECT m.text, substr(d.text, m.start_char + 1, m.end_char - m.start_char), m.extractor_version
        FROM mentions m JOIN documents d USING (document_id) WHERE m.kind = 'theme'
    """).fetchall()
    for mention_text, doc_slice, version in rows:
        assert mention_text == doc_slice and version


@pytest.mark.parametrize("version", [1])
def test_schema_version_recorded(tmp_path: Path, version: int):
    from pipeline.store.db import open_store

    con = open_store(tmp_path / "w.duckdb")
    assert con.execute("SELECT min(version) FROM schema_version").fetchone()[0] == version


def test_summary_keeps_the_first_rejects_and_counts_all(tmp_path: Path, monkeypatch):
    import pipeline.runs

    monkeypatch.setattr(pipeline.runs, "KEPT_REJECTS", 2)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(5):
        (corpus / f"kosong-{i}.txt").write_text("")
    summary = run_pipeline(corpus, tmp_path / "w.duckdb", batch_size=2)
    assert summary.rejected == 5 and len(summary.rejects) == 2
    with duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM rejects").fetchone() == (5,)  # the table has them all
