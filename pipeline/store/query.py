"""Read-only SQL over the store: a read-only connection, no access to outside files, one statement."""
from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa

from pipeline.store.db import connect_waiting

_ALLOWED_START = re.compile(r"^\s*(select|with|from|describe|show|summarize|explain|table|values|pivot|unpivot)\b",
                            re.IGNORECASE)


class QueryRefused(ValueError):
    """The statement is not a read-only query."""


def _check(sql: str) -> str:
    statement = sql.strip().rstrip(";").strip()
    if not statement:
        raise QueryRefused("empty query")
    try:  # DuckDB's parser counts statements: a ';' inside a string literal or a comment is not a separator
        count = len(duckdb.extract_statements(statement))
    except duckdb.ParserException as exc:
        raise QueryRefused(f"not valid SQL: {exc}") from exc
    if count != 1:
        raise QueryRefused("only one statement per query")
    if not _ALLOWED_START.match(statement):
        raise QueryRefused("only read-only queries (SELECT, WITH, DESCRIBE, SHOW, ...) are allowed")
    return statement


def connect_read_only(path: str | Path, wait: float = 0.0) -> duckdb.DuckDBPyConnection:
    """wait: seconds to keep retrying while a run holds the file (0: fail at once)."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"no warta database at {path} (run `warta run` first)")
    con = connect_waiting(path, wait, read_only=True, config={"enable_external_access": False})
    try:
        con.execute("SET lock_configuration = true")
    except duckdb.InvalidInputException as exc:
        # another connection of this process (one database instance) has locked it already: still locked
        if "locked" not in str(exc):
            con.close()
            raise
    return con


def run_query(path: str | Path, sql: str, params: list | dict | None = None, wait: float = 0.0) -> pd.DataFrame:
    """One read-only statement; params are positional (?) as a list or named ($name) as a dict."""
    return _run(path, sql, params, wait, lambda con, statement, params: con.execute(statement, params).df())


def run_query_table(path: str | Path, sql: str, params: list | dict | None = None,
                    wait: float = 0.0) -> pa.Table:
    """As run_query, as an Arrow table: the store's types kept (DATE stays a date, NULL stays null)."""
    return _run(path, sql, params, wait,
                lambda con, statement, params: con.sql(statement, params=params).to_arrow_table())


def query_on(con: duckdb.DuckDBPyConnection, sql: str, params: list | dict | None = None) -> pd.DataFrame:
    """As run_query, on a connection (or cursor) from `connect_read_only` that the caller holds."""
    return _guarded(con, _check(sql), params, lambda con, statement, params: con.execute(statement, params).df())


def _run(path, sql, params, wait: float, fetch):
    statement = _check(sql)
    con = connect_read_only(path, wait=wait)
    try:
        return _guarded(con, statement, params, fetch)
    finally:
        con.close()


def _guarded(con, statement: str, params, fetch):
    try:
        return fetch(con, statement, params if params is not None else [])
    except duckdb.PermissionException as exc:
        raise QueryRefused(f"refused: {exc}") from exc
    except duckdb.InvalidInputException as exc:
        if "read-only" in str(exc) or "read only" in str(exc):
            raise QueryRefused(f"refused: the store is opened read-only ({exc})") from exc
        raise
