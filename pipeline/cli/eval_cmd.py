"""warta eval GOLD_DIR: precision/recall/F1 per key against gold files."""
from __future__ import annotations

import json
from pathlib import Path

import typer

from pipeline.cli.app import app


@app.command("eval")
def evaluate(
    gold_dir: Path = typer.Argument(..., help="Folder of gold files ({text, published, gold})."),
    json_out: Path = typer.Option(None, "--json", help="Write the figures as JSON to this file."),
    key: str = typer.Option(None, help="Also print the misses and spurious items of this key."),
) -> None:
    """Run extraction over each gold file's text and score it per key (and a macro average)."""
    from pipeline.evaluate.report import print_errors, print_report
    from pipeline.evaluate.runner import evaluate_dir

    if not gold_dir.is_dir():
        typer.echo(f"warta eval: no such folder: {gold_dir}", err=True)
        raise typer.Exit(code=2)
    report, results = evaluate_dir(gold_dir)
    if key:
        print_errors(results, key)
    print_report(report)
    if json_out:
        json_out.write_text(json.dumps(report.to_json(), indent=2))
