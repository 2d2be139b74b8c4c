"""One file is one source whether a run reached it by a relative or an absolute path; stores that kept the
paths as given are mended on the next run."""
from __future__ import annotations

import os
from pathlib import Path

import duckdb

from pipeline.runs import run_pipeline
from pipeline.sources.detect import canonical_source


def sources(db: Path) -> list[tuple[str, str]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return sorted(con.execute("SELECT document_id, source FROM document_sources").fetchall())


def test_relative_then_absolute_path_is_one_source(small_corpus: Path, tmp_path: Path, monkeypatch):
    db = tmp_path / "w.duckdb"
    monkeypatch.chdir(small_corpus.parent)
    first = run_pipeline(Path("corpus"), db, workers=1)
    assert first.new == 5 and first.corpus == str(small_corpus.resolve())
    rows = sources(db)
    assert len(rows) == 5 and all(Path(s).is_absolute() for _, s in rows)
    second = run_pipeline(small_corpus.resolve(), db, workers=1)
    assert (second.new, second.duplicates, second.unchanged) == (0, 0, 5)
    assert sources(db) == rows
    third = run_pipeline(Path("../" + small_corpus.parent.name + "/corpus/."), db, workers=1)
    assert third.duplicates == 0 and sources(db) == rows


def test_relative_rows_of_an_older_store_are_adopted(small_corpus: Path, tmp_path: Path, monkeypatch):
    db = tmp_path / "w.duckdb"
    monkeypatch.chdir(small_corpus.parent)
    run_pipeline(small_corpus, db, workers=1)
    absolute = sources(db)
    with duckdb.connect(str(db)) as con:  # as earlier versions wrote them: the path as given
        for table in ("document_sources", "documents"):
            con.execute(f"UPDATE {table} SET source = replace(source, ?, 'corpus')", [str(small_corpus.resolve())])
        # and one file seen both ways, as `make run` then `python flows.py` left it
        con.execute("INSERT INTO document_sources SELECT document_id, ?, first_seen, last_seen FROM "
                    "document_sources WHERE document_id = ?", list(reversed(absolute[0])))
    assert len(sources(db)) == 6
    again = run_pipeline(small_corpus, db, workers=1)
    assert (again.new, again.duplicates, again.unchanged) == (0, 0, 5)
    assert sources(db) == absolute
    with duckdb.connect(str(db), read_only=True) as con:
        assert all(Path(s).is_absolute() for (s,) in con.execute("SELECT source FROM documents").fetchall())


def test_canonical_source(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.jsonl").write_text("{}\n")
    assert canonical_source("a.jsonl") == str(tmp_path.resolve() / "a.jsonl")
    assert canonical_source("a.jsonl#3") == str(tmp_path.resolve() / "a.jsonl") + "#3"
    assert canonical_source("./x/../a.jsonl") == os.path.join(str(tmp_path.resolve()), "a.jsonl")
    assert canonical_source("https://x.go.id/a#b") == "https://x.go.id/a#b" and canonical_source("-") == "-"
