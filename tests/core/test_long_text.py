"""A release too long to extract is rejected at normalize: no document row without facts, and every rerun
gives the same one reject instead of trying to extract it again."""
from __future__ import annotations

from pathlib import Path

import duckdb

from pipeline.config import ConfigError, parse_config
from pipeline.runs import run_pipeline

PARAGRAPH = ("Dinas Kesehatan Kabupaten Donggala menggelar pelatihan kader posyandu tentang pemantauan tumbuh "
             "kembang balita di aula kantor dinas selama dua hari bersama para bidan desa. ")


def rows(db: Path, sql: str):
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_long_text_is_one_reject_and_nothing_half_loaded(small_corpus: Path, tmp_path: Path):
    for path in sorted(small_corpus.iterdir())[1:]:
        path.unlink()
    long = small_corpus / "laporan-tahunan.txt"
    long.write_text("Laporan Tahunan Dinas Kesehatan\n\n" + PARAGRAPH * 16_000)  # ~2.8 million characters
    db = tmp_path / "w.duckdb"
    first = run_pipeline(small_corpus, db, workers=1)
    assert (first.new, first.rejected) == (1, 1)
    reject = first.rejects[0]
    assert reject.source == str(long.resolve()) and reject.stage == "normalize"
    assert reject.reason.startswith("too long to extract (2,7") and "max_chars" in reject.reason
    assert rows(db, "SELECT count(*) FROM documents WHERE document_id NOT IN (SELECT document_id FROM facts_json)") \
        == [(0,)]
    again = run_pipeline(small_corpus, db, workers=1)
    assert (again.new, again.reextracted, again.unchanged, again.rejected) == (0, 0, 1, 1)
    assert rows(db, "SELECT count(*), min(stage) FROM rejects") == [(1, "normalize")]


def test_the_limit_is_a_run_setting(small_corpus: Path, tmp_path: Path):
    for path in sorted(small_corpus.iterdir())[1:]:
        path.unlink()
    (small_corpus / "rilis-panjang.txt").write_text("Rilis Panjang\n\n" + PARAGRAPH * 40)  # ~7,000 characters
    db = tmp_path / "w.duckdb"
    strict = run_pipeline(small_corpus, db, workers=1, max_chars=5_000)
    assert strict.new == 1 and [r.reason.split(" (")[0] for r in strict.rejects] == ["too long to extract"]
    relaxed = run_pipeline(small_corpus, db, workers=1, max_chars=10_000)
    assert relaxed.new == 1 and relaxed.rejected == 0


def test_config_max_chars():
    assert parse_config({"max_chars": 300_000}).max_chars == 300_000
    try:
        parse_config({"max_chars": 5_000_000})
    except ConfigError as exc:
        assert "max_chars must be" in str(exc)
    else:
        raise AssertionError("a limit above spaCy's is refused")
