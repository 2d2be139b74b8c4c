"""warta schema: tables, views and columns with their meanings and keys, from the live catalog."""
from __future__ import annotations

from enum import Enum
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from pipeline.cli.app import app


class SchemaFormat(str, Enum):
    table = "table"
    markdown = "markdown"


@app.command()
def schema(
    name: str = typer.Argument(None, help="Only this table or view."),
    db: Path = typer.Option(None, help="DuckDB file to describe (default: the latest schema, in memory)."),
    format: SchemaFormat = typer.Option(SchemaFormat.table, "--format", "-f",
                                        help="markdown: the text of docs/schema.md."),
    wait: float = typer.Option(0.0, help="Seconds to wait while a run is writing the store (0: fail at once)."),
) -> None:
    """Print the store's tables and views: columns, types, keys, meanings, and how facts point to offsets."""
    from pipeline.store.query import connect_read_only
    from pipeline.store.schema_docs import PREAMBLE, catalog, latest_schema, to_markdown

    from pipeline.cli.table_output import result_or_exit

    con = result_or_exit("schema", lambda: connect_read_only(db, wait=wait)) if db else latest_schema()
    try:
        objects = catalog(con)
    finally:
        con.close()
    if name:
        objects = [o for o in objects if o.name == name]
        if not objects:
            typer.echo(f"warta schema: no table or view {name!r}", err=True)
            raise typer.Exit(code=2)
    if format is SchemaFormat.markdown:
        typer.echo(to_markdown(objects), nl=False)
        return
    console = Console(width=160)
    if not name:
        console.print(PREAMBLE, markup=False, highlight=False)
    for o in objects:
        key = f"  key ({', '.join(o.key)})" if o.key else ""
        table = Table(title=f"{o.kind} {o.name}{key}", caption=o.description, title_justify="left",
                      caption_justify="left")
        table.add_column("column", no_wrap=True)
        table.add_column("type", no_wrap=True)
        table.add_column("meaning")
        for c in o.columns:
            table.add_row(c.name + (" *" if c.key else ""), c.type, c.description or "")
        console.print(table)
