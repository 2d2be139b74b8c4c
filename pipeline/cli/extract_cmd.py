"""warta extract FILE [FILE ...] | -  : one facts object per document, as JSON Lines on stdout."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from pipeline.cli.app import app, cli_settings
from pipeline.rejects import Reject, RejectError


@app.command()
def extract(
    ctx: typer.Context,
    files: list[str] = typer.Argument(..., help="Files or folders (txt, md, html, json, jsonl); '-' reads stdin."),
    published: str = typer.Option(None, help="Publication date (ISO) for relative dates, when the file has none."),
    pretty: bool = typer.Option(False, help="Indent the JSON (one object per document still)."),
    max_chars: int = typer.Option(None, help="Longest text extracted, in characters (default 200,000; at most "
                                             "1,000,000); longer ones are rejected."),
) -> None:
    """Print the facts of each document as one JSON object per line."""
    from pipeline.extract.run import extract_document
    from pipeline.normalize.document import check_max_chars, normalize
    from pipeline.sources.base import RawDocument, iter_source

    if max_chars is not None:
        try:
            check_max_chars(max_chars)
        except ValueError as exc:
            raise typer.BadParameter(str(exc), param_hint="--max-chars") from None
    settings = cli_settings(ctx)
    failed = printed = 0
    for spec in files:
        if spec == "-":
            items = [RawDocument(source="-", body=sys.stdin.buffer.read(), media_type="text/plain")]
        elif not Path(spec).exists():
            items = [Reject(spec, "no such file or folder")]
        else:
            items = iter_source(spec)
        found = 0
        for item in items:
            found += 1
            if isinstance(item, Reject):
                failed += 1
                typer.echo(f"warta extract: {item.source}: {item.reason}", err=True)
                continue
            if published and not item.published:
                item.published = published
            try:
                document = normalize(item, check_language=False, min_words=1, max_chars=max_chars)
                facts = extract_document(document, settings=settings)
            except RejectError as exc:
                failed += 1
                typer.echo(f"warta extract: {item.source}: {exc.reason}", err=True)
                continue
            except Exception as exc:  # report and go on with the next document
                failed += 1
                typer.echo(f"warta extract: {item.source}: extraction failed: {type(exc).__name__}: {exc}", err=True)
                continue
            typer.echo(json.dumps(facts.to_json(), ensure_ascii=False, indent=2 if pretty else None))
            printed += 1
        if not found:
            failed += 1
            typer.echo(f"warta extract: {spec}: no release found in it (txt, md, html, json or jsonl files; "
                       f"README, LICENSE and dot-files are skipped)", err=True)
    if failed:
        if not printed:
            typer.echo(f"warta extract: nothing extracted: every input was rejected ({failed})", err=True)
        raise typer.Exit(code=1)
