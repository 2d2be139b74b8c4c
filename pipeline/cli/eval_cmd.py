"""warta eval GOLD_DIR: precision/recall/F1 per key against gold files."""
from __future__ import annotations

import json
from pathlib import Path

import typer

from pipeline.cli.app import app, cli_settings


@app.command("eval")
def evaluate(
    ctx: typer.Context,
    gold_dir: Path = typer.Argument(..., help="Folder of gold files ({text, published, gold})."),
    json_out: Path = typer.Option(None, "--json", help="Write the figures as JSON to this file."),
    key: str = typer.Option(None, help="Also print the misses and spurious items of this key."),
    errors: bool = typer.Option(False, "--errors", help="Print, per document and key, the misses and the false "
                                "positives (gold vs predicted); with --json they are written there too."),
    split: str = typer.Option(None, help="Only gold files whose 'split' field is this (e.g. train, test)."),
    crossfit: Path = typer.Option(None, help="Fold models from `warta train crossfit`: each release is extracted "
                                  "with the NER that never saw its publisher (default split: train)."),
) -> None:
    """Run extraction over each gold file's text and score it per key (and a macro average)."""
    from pipeline.evaluate.report import document_errors, print_all_errors, print_errors, print_report
    from pipeline.evaluate.runner import evaluate_dir

    if not gold_dir.is_dir():
        typer.echo(f"warta eval: no such folder: {gold_dir}", err=True)
        raise typer.Exit(code=2)
    try:
        if crossfit is not None:
            from pipeline.evaluate.crossfit import evaluate_crossfit

            report, results = evaluate_crossfit(gold_dir, crossfit, split=split or "train", settings=cli_settings(ctx))
        else:
            report, results = evaluate_dir(gold_dir, split=split, settings=cli_settings(ctx))
    except (FileNotFoundError, ValueError) as exc:
        typer.echo(f"warta eval: {exc}", err=True)
        raise typer.Exit(code=2)
    if key:
        print_errors(results, key)
    if errors:
        print_all_errors(results)
    print_report(report)
    if json_out:
        figures = report.to_json()
        if errors:
            figures["errors"] = {r.name: document_errors(r) for r in results}
        json_out.write_text(json.dumps(figures, indent=2, ensure_ascii=False))
