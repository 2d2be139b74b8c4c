"""How `warta query` and `warta report` print a result, from its Arrow table (the store's own types).

Every format shows the same values: an empty cell for NULL (null in JSON), a DATE as YYYY-MM-DD, a TIMESTAMP
as YYYY-MM-DD HH:MM:SS; Parquet keeps the column types as they are.
"""
from __future__ import annotations

import csv
import io
import json
import math
import sys
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from pathlib import Path

import pyarrow as pa
import typer
from rich.console import Console
from rich.table import Table


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"
    parquet = "parquet"


def json_value(value):
    """A cell as JSON: NULL and NaN as null, dates and times as ISO text, decimals as numbers."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dict):
        return {k: json_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_value(v) for v in value]
    if isinstance(value, bytes):
        return value.hex()
    return value


def cell_text(value) -> str:
    """A cell as text (table and CSV): empty for NULL."""
    value = json_value(value)
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def render(table: pa.Table, fmt: Format) -> str:
    """The text of a non-Parquet format."""
    rows = table.to_pylist()
    if fmt is Format.json:
        return "".join(json.dumps({k: json_value(v) for k, v in row.items()}, ensure_ascii=False) + "\n"
                       for row in rows)
    if fmt is Format.csv:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(table.column_names)
        writer.writerows([cell_text(v) for v in row.values()] for row in rows)
        return buffer.getvalue()
    grid = Table(show_lines=False)
    for name in table.column_names:
        grid.add_column(str(name))
    for row in rows:
        grid.add_row(*[cell_text(v) for v in row.values()])
    console = Console(width=200, file=io.StringIO(), force_terminal=False, color_system=None)
    console.print(grid)
    return console.file.getvalue()


def write_table(table: pa.Table, fmt: Format, out: Path | None = None) -> None:
    if fmt is Format.parquet:
        if out is None:
            raise typer.BadParameter("--format parquet needs --out FILE")
        import pyarrow.parquet as pq

        pq.write_table(table, out)
        return
    text = render(table, fmt)
    if out:
        out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text if text.endswith("\n") or not text else text + "\n")


def result_or_exit(command: str, read):
    """What `read()` returns; bad parameters, refusals and missing or locked stores exit 2, other errors 1,
    each as one line on stderr."""
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
