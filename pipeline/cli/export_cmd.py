"""warta export DIR: the store as Parquet partitioned by year and province, plus manifest.json."""
from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from pipeline.cli.app import app
from pipeline.paths import DEFAULT_DB


@app.command()
def export(
    out_dir: Path = typer.Argument(..., help="Folder to write (tables are replaced, other files kept)."),
    db: Path = typer.Option(DEFAULT_DB, help="DuckDB file (opened read-only)."),
    wait: float = typer.Option(0.0, help="Seconds to wait for a writer to finish (0: fail at once)."),
) -> None:
    """Export documents and facts as Parquet (hive partitions year=/province_code=) with a manifest."""
    from pipeline.store.db import StoreLockedError
    from pipeline.store.export import export_parquet

    try:
        manifest = export_parquet(db, out_dir, wait=wait)
    except (FileNotFoundError, StoreLockedError) as exc:
        typer.echo(f"warta export: {exc}", err=True)
        raise typer.Exit(code=2)
    table = Table(title=f"warta export -> {out_dir}")
    table.add_column("table")
    table.add_column("rows", justify="right")
    table.add_column("path")
    for name, info in manifest["tables"].items():
        table.add_row(name, str(info["rows"]), info["path"] if info["rows"] else "(empty: no files)")
    Console(stderr=True).print(table)
    typer.echo(str(out_dir / "manifest.json"))
