"""Statement counting by the parser, the error for a second connection in this process, the writers' memory cap."""
from __future__ import annotations

import pytest

from pipeline.settings import from_env
from pipeline.store.db import StoreLockedError, StoreOpenInProcessError, open_store
from pipeline.store.query import QueryRefused, run_query


def test_semicolon_inside_a_string_or_comment_is_one_statement(store_db):
    assert run_query(store_db, "SELECT 'a;b' AS x;")["x"].tolist() == ["a;b"]
    assert run_query(store_db, "SELECT count(*) AS n FROM documents WHERE title <> ';' -- ; DROP\n")["n"][0] == 4
    for sql in ("SELECT 1; SELECT 2", "SELECT 1;; DROP TABLE documents", "SELEC 1", "  ;  "):
        with pytest.raises(QueryRefused):
            run_query(store_db, sql)


def test_read_only_query_while_this_process_writes(tmp_path):
    db = tmp_path / "warta.duckdb"
    writer = open_store(db)
    try:
        with pytest.raises(StoreOpenInProcessError, match="already open in this process") as err:
            run_query(db, "SELECT 1")
        assert isinstance(err.value, StoreLockedError)  # the CLI's handling of a busy store applies
        with pytest.raises(StoreOpenInProcessError):
            open_store(db, read_only=True)
        assert writer.cursor().execute("SELECT count(*) FROM documents").fetchone() == (0,)
    finally:
        writer.close()
    assert run_query(db, "SELECT count(*) AS n FROM documents")["n"][0] == 0


def test_write_connections_cap_duckdb_memory(tmp_path, monkeypatch):
    con = open_store(tmp_path / "a.duckdb")
    try:
        assert con.execute("SELECT current_setting('memory_limit')").fetchone()[0] in ("953.6 MiB", "1.0 GiB")
    finally:
        con.close()
    monkeypatch.setenv("WARTA_DB_MEMORY_LIMIT", "256MB")  # the documented override, read into the settings
    con = open_store(tmp_path / "b.duckdb", memory_limit=from_env().db_memory_limit)
    try:
        assert con.execute("SELECT current_setting('memory_limit')").fetchone()[0] == "244.1 MiB"
    finally:
        con.close()
