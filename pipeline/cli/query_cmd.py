"""warta query SQL: read-only SQL over the store."""
from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from pipeline.cli.app import app
from pipeline.paths import DEFAULT_DB


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"
    parquet = "parquet"


def write_frame(df, fmt: Format, out: Path | None = None) -> None:
    if fmt is Format.parquet:
        if out is None:
            raise typer.BadParameter("--format parquet needs --out FILE")
        df.to_parquet(out, index=False)
        return
    if fmt is Format.csv:
        text = df.to_csv(index=False)
    elif fmt is Format.json:
        text = df.to_json(orient="records", lines=True, force_ascii=False, date_format="iso")
    else:
        table = Table(show_lines=False)
        for col in df.columns:
            table.add_column(str(col))
        for row in df.itertuples(index=False):
            table.add_row(*["" if v is None else str(v) for v in row])
        Console(width=200).print(table)
        return
    if out:
        out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text if text.endswith("\n") or not text else text + "\n")


def frame_or_exit(command: str, read):
    """The DataFrame `read()` returns; refusals and missing or locked stores exit 2, other errors 1."""
    from pipeline.store.db import StoreLockedError
    from pipeline.store.query import QueryRefused

    try:
        return read()
    except (ValueError, QueryRefused, FileNotFoundError, StoreLockedError) as exc:
        typer.echo(f"warta {command}: {exc}", err=True)
        raise typer.Exit(code=2)
    except Exception as exc:
        typer.echo(f"warta {command}: {type(exc).__name__}: {exc}", err=True)
        raise typer.Exit(code=1)


@app.command()
def query(
    sql: str = typer.Argument(..., help="One read-only statement (SELECT, WITH, DESCRIBE, SHOW, ...)."),
    db: Path = typer.Option(DEFAULT_DB, help="DuckDB file."),
    format: Format = typer.Option(Format.table, "--format", "-f"),
    out: Path = typer.Option(None, help="Write to this file instead of stdout (required for parquet)."),
) -> None:
    """Run read-only SQL over the store (writes and file access are refused)."""
    from pipeline.store.query import run_query

    write_frame(frame_or_exit("query", lambda: run_query(db, sql)), format, out)
