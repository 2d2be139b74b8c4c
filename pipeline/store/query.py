"""Read-only SQL over the store: a read-only connection, no access to outside files, one statement."""
from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pandas as pd

from pipeline.store.db import connect

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


def connect_read_only(path: str | Path) -> duckdb.DuckDBPyConnection:
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"no warta database at {path} (run `warta run` first)")
    con = connect(path, read_only=True, config={"enable_external_access": False})
    con.execute("SET lock_configuration = true")
    return con


def run_query(path: str | Path, sql: str, params: list | dict | None = None) -> pd.DataFrame:
    """One read-only statement; params are positional (?) as a list or named ($name) as a dict."""
    statement = _check(sql)
    con = connect_read_only(path)
    try:
        return con.execute(statement, params if params is not None else []).df()
    except duckdb.PermissionException as exc:
        raise QueryRefused(f"refused: {exc}") from exc
    except duckdb.InvalidInputException as exc:
        if "read-only" in str(exc) or "read only" in str(exc):
            raise QueryRefused(f"refused: the store is opened read-only ({exc})") from exc
        raise
    finally:
        con.close()
