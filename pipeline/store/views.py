"""Create the analyst views from views.sql (statements separated by a line holding only ';')."""
from __future__ import annotations

from pathlib import Path

import duckdb

VIEWS_SQL = Path(__file__).with_name("views.sql")


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    for statement in VIEWS_SQL.read_text(encoding="utf-8").split("\n;\n"):
        if statement.strip() and not all(line.startswith("--") for line in statement.strip().splitlines()):
            con.execute(statement)
