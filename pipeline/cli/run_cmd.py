"""warta run: the main job (a Prefect flow) over a corpus folder into DuckDB, with a summary."""
from __future__ import annotations

import json
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from pipeline.cli.app import app
from pipeline.paths import CORPUS_DIR, DEFAULT_DB

console = Console(stderr=True)


def print_summary(summary: dict) -> None:
    table = Table(title=f"warta run {summary['run_id']}: {summary['corpus']} -> {summary['db']}", show_header=False)
    table.add_column(justify="left")
    table.add_column(justify="right")
    for key in ("documents_seen", "new", "reextracted", "unchanged", "duplicates", "rejected"):
        table.add_row(key.replace("_", " "), str(summary[key]))
    for kind, n in sorted(summary["facts"].items()):
        table.add_row(f"facts: {kind}", str(n))
    table.add_row("time", f"{summary['seconds']:.1f} s")
    if summary.get("documents_per_second"):
        table.add_row("documents/s", f"{summary['documents_per_second']:.1f}")
    Console().print(table)
    for r in summary["rejects"][:50]:
        Console().print(f"  rejected: {r['source']}: {r['reason']} ({r['stage']})", markup=False, highlight=False)
    if len(summary["rejects"]) > 50:
        Console().print(f"  ... and {len(summary['rejects']) - 50} more (see the rejects table)")


@app.command()
def run(
    corpus: Path = typer.Option(CORPUS_DIR, help="Folder (or file) of releases to ingest."),
    db: Path = typer.Option(DEFAULT_DB, help="DuckDB file to load (created if missing)."),
    batch_size: int = typer.Option(32, help="Documents per batch (one task per batch)."),
    wait: float = typer.Option(0.0, help="Seconds to wait for another writer to finish (0: fail at once)."),
    flow: bool = typer.Option(True, help="Run as a Prefect flow (--no-flow: the same stages without Prefect)."),
    json_out: Path = typer.Option(None, "--json", help="Also write the summary as JSON to this file."),
) -> None:
    """Ingest every document under CORPUS, extract facts, load them into DB, print a summary."""
    from pipeline.store.db import StoreLockedError

    if not corpus.exists():
        console.print(f"[red]warta run: no such corpus: {corpus}[/red]")
        raise typer.Exit(code=2)
    try:
        if flow:
            from pipeline.flows import pipeline

            summary = pipeline(corpus=str(corpus), db=str(db), batch_size=batch_size, wait=wait)
        else:
            from pipeline.runs import run_pipeline

            summary = run_pipeline(corpus, db, batch_size=batch_size, wait=wait).to_json()
    except StoreLockedError as exc:
        console.print(f"[red]warta run: {exc}[/red]")
        raise typer.Exit(code=3)
    print_summary(summary)
    if json_out:
        json_out.write_text(json.dumps(summary, indent=2, ensure_ascii=False))
