"""warta query SQL: read-only SQL over the store."""
from __future__ import annotations

from pathlib import Path

import typer

from pipeline.cli.app import app
from pipeline.cli.table_output import Format, result_or_exit, write_table
from pipeline.paths import DEFAULT_DB

WAIT_HELP = "Seconds to wait while a run is writing the store (0: fail at once)."


@app.command()
def query(
    sql: str = typer.Argument(..., help="One read-only statement (SELECT, WITH, DESCRIBE, SHOW, ...)."),
    db: Path = typer.Option(DEFAULT_DB, help="DuckDB file."),
    format: Format = typer.Option(Format.table, "--format", "-f"),
    out: Path = typer.Option(None, help="Write to this file instead of stdout (required for parquet)."),
    wait: float = typer.Option(0.0, help=WAIT_HELP),
) -> None:
    """Run read-only SQL over the store (writes and file access are refused)."""
    from pipeline.store.query import run_query_table

    write_table(result_or_exit("query", lambda: run_query_table(db, sql, wait=wait)), format, out)
