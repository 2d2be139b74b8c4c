"""warta discover: find themes in the stored documents' texts and store them for notebooks and views."""
from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from pipeline.cli.app import app
from pipeline.paths import DEFAULT_DB


@app.command()
def discover(
    db: Path = typer.Option(DEFAULT_DB, help="DuckDB file (written: discovered_themes, document_themes)."),
    topics: int = typer.Option(8, "--topics", "-n", min=1, help="How many themes to look for."),
    wait: float = typer.Option(0.0, help="Seconds to wait for another writer to finish (0: fail at once)."),
) -> None:
    """Discover themes (unsupervised) over every stored document and replace the stored themes."""
    from pipeline.store.db import StoreLockedError, open_store
    from pipeline.store.discovery import discover as run_discovery

    if not db.exists():
        typer.echo(f"warta discover: no warta database at {db} (run `warta run` first)", err=True)
        raise typer.Exit(code=2)
    try:
        con = open_store(db, wait=wait)
    except StoreLockedError as exc:
        typer.echo(f"warta discover: {exc}", err=True)
        raise typer.Exit(code=3)
    try:
        run_id, found, n_docs = run_discovery(con, topics)
    finally:
        con.close()
    table = Table(title=f"warta discover {run_id}: {len(found.themes)} themes over {n_docs} documents "
                        f"({found.method})")
    table.add_column("theme", justify="right")
    table.add_column("top terms")
    for i, terms in enumerate(found.themes):
        table.add_row(str(i), ", ".join(t for t, _ in terms[:8]))
    Console().print(table)
