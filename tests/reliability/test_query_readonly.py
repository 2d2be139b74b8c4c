"""`warta query` cannot change the store nor read files outside it, whatever the SQL says."""
from __future__ import annotations

import duckdb
import pytest

from pipeline.store.query import QueryRefused, run_query
from tests.reliability.helpers import warta
from tests.reliability.store_loader import load

SECRET = "rahasia-negara-42"

WRITES = [
    "DROP TABLE documents",
    "DELETE FROM documents",
    "UPDATE documents SET title = 'x'",
    "INSERT INTO rejects VALUES ('a', 'b', 'c', now(), NULL)",
    "CREATE TABLE t AS SELECT 1",
    "CREATE VIEW v AS SELECT 1",
    "ALTER TABLE documents ADD COLUMN x INTEGER",
    "TRUNCATE documents",
    "CHECKPOINT",
    "VACUUM",
    "PRAGMA enable_external_access",
    "SET enable_external_access = true",
    "RESET enable_external_access",
    "SET lock_configuration = false",
    "INSTALL fts",
    "LOAD fts",
    "BEGIN TRANSACTION",
    "CALL enable_logging()",
    "SELECT 1; DROP TABLE documents",
    "WITH d AS (SELECT 1) DELETE FROM documents",
    "EXPLAIN ANALYZE DELETE FROM documents",
]
FILE_ACCESS = [
    "SELECT * FROM read_csv('{path}')",
    "SELECT * FROM read_csv_auto('{path}')",
    "SELECT * FROM read_text('{path}')",
    "SELECT * FROM read_blob('{path}')",
    "SELECT * FROM read_json_auto('{path}')",
    "SELECT * FROM read_parquet('{path}')",
    "SELECT * FROM sniff_csv('{path}')",
    "SELECT * FROM glob('{dir}/*')",
    "SELECT * FROM '{path}'",
    "FROM '{path}'",
    "COPY documents TO '{dir}/out.csv'",
    "COPY (SELECT 1) TO '{dir}/out.csv'",
    "EXPORT DATABASE '{dir}/export'",
    "ATTACH '{dir}/other.duckdb' AS other",
    "ATTACH ':memory:' AS other",
    "DETACH warta",
    "USE memory",
    "SELECT * FROM duckdb_secrets()",
]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("query")
    db = folder / "warta.duckdb"
    load(db, 12, 6)
    secret = folder / "secret.csv"
    secret.write_text(f"kolom\n{SECRET}\n")
    return db, secret, _snapshot(db)


def _snapshot(db):
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = [r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()]
        return {t: con.execute(f"SELECT md5(string_agg(x::VARCHAR, '|' ORDER BY x::VARCHAR)) FROM {t} x").fetchone()
                for t in tables}
    finally:
        con.close()


def test_reads_work(store):
    db, _, _ = store
    assert run_query(db, "SELECT count(*) AS n FROM documents")["n"][0] == 12
    assert len(run_query(db, "WITH p AS (SELECT * FROM persons) SELECT name FROM p LIMIT 3")) == 3
    assert len(run_query(db, "DESCRIBE documents")) > 5


@pytest.mark.parametrize("sql", WRITES)
def test_writes_are_refused(store, sql):
    db, _, _ = store
    with pytest.raises(QueryRefused):
        run_query(db, sql)


@pytest.mark.parametrize("template", FILE_ACCESS)
def test_outside_files_are_out_of_reach(store, template):
    db, secret, _ = store
    sql = template.format(path=secret, dir=secret.parent)
    with pytest.raises(QueryRefused):
        run_query(db, sql)
    assert not (secret.parent / "out.csv").exists() and not (secret.parent / "export").exists()
    assert not (secret.parent / "other.duckdb").exists()


def test_cli_refuses_with_exit_2(store):
    db, secret, _ = store
    for sql in ("DELETE FROM documents", f"SELECT * FROM read_text('{secret}')"):
        done = warta("query", sql, "--db", str(db))
        assert done.returncode == 2, done.stderr
        assert "warta query:" in done.stderr and SECRET not in done.stdout + done.stderr
    done = warta("query", "SELECT count(*) AS n FROM documents", "--db", str(db), "--format", "csv")
    assert done.returncode == 0 and done.stdout.split() == ["n", "12"]


def test_store_unchanged_after_all_attempts(store):
    """(Runs last in this module: one comparison instead of a snapshot per attempt.)"""
    db, _, before = store
    assert _snapshot(db) == before
