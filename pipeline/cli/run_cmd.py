"""warta run: the main job (a Prefect flow) over a corpus folder into DuckDB, with a summary."""
from __future__ import annotations

import json
from pathlib import Path

import typer

from pipeline.cli.app import app, cli_settings
from pipeline.cli.run_output import console, count_files, prefect_logs, print_summary, progress_bar
from pipeline.paths import CORPUS_DIR, DEFAULT_DB
from pipeline.settings import Settings

__all__ = ["run", "print_summary", "run_source"]

DASK_WORKERS = 2  # workers of a local Dask cluster when --workers is not given
MAX_CHARS_HELP = ("Longest text extracted, in characters (default 200,000; at most 1,000,000); longer ones are "
                  "rejected at normalize.")
VERBOSE_HELP = "Also show Prefect's log lines (flow and task runs)."
WORKERS_HELP = ("Extraction worker processes (default: the CPU cores, at most 2 for a small run; "
                "1: in-process); with --dask, the workers of the local Dask cluster.")


def run_source(source: str, db: Path, batch_size: int, wait: float, flow: bool, kind: str | None = None,
               options: dict | None = None, dask: str | None = None, workers: int | None = None,
               progress_total: int | None = None, http: dict | None = None,
               near_dup_threshold: float | None = None, max_chars: int | None = None,
               verbose: bool = False, settings: Settings | None = None) -> dict:
    """One source through the pipeline (as a Prefect flow, or the same stages without Prefect).

    workers: extraction processes (None: the CPU cores; 1: in-process); with `dask`, the local cluster's workers."""
    from pipeline.store.db import StoreLockedError

    settings = settings or Settings()

    if flow or dask:
        from pipeline.flows import pipeline, with_runner  # Prefect sets up its logging here

        prefect_logs(verbose)
    try:
        with progress_bar(f"warta: extracting {source}", total=progress_total) as progress:
            if flow or dask:
                return with_runner(pipeline, dask, workers or DASK_WORKERS)(
                    corpus=str(source), db=str(db), batch_size=batch_size, wait=wait, kind=kind, options=options,
                    http=http, near_dup_threshold=near_dup_threshold, max_chars=max_chars,
                    settings=settings.to_dict(), workers=None if dask else workers, progress=progress)
            from pipeline.runs import RunContext, run_pipeline
            from pipeline.sources.http import HttpSettings

            context = RunContext(settings=settings, workers=workers, batch_size=batch_size, progress=progress,
                                 max_chars=max_chars)
            try:
                return run_pipeline(source, db, wait=wait, source_kind=kind, source_options=options,
                                    http=HttpSettings.from_dict(http) if http else None,
                                    near_dup_threshold=near_dup_threshold, context=context).to_json()
            finally:
                context.close()
    except StoreLockedError as exc:
        # unwrapped and without markup: the message holds a path a reader may copy
        console.print(f"warta: {exc}", style="red", soft_wrap=True, markup=False, highlight=False)
        raise typer.Exit(code=3)
    except ValueError as exc:  # an unknown kind, option or source spec
        console.print(f"[red]warta: {exc}[/red]")
        raise typer.Exit(code=2)


def checked_max_chars(value: int | None) -> int | None:
    from pipeline.normalize.document import check_max_chars

    try:
        return None if value is None else check_max_chars(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--max-chars") from None


@app.command()
def run(
    ctx: typer.Context,
    corpus: Path = typer.Option(CORPUS_DIR, help="Folder (or file) of releases to ingest."),
    db: Path = typer.Option(DEFAULT_DB, help="DuckDB file to load (created if missing)."),
    batch_size: int = typer.Option(32, help="Documents per batch (one task per batch)."),
    wait: float = typer.Option(0.0, help="Seconds to wait for another writer to finish (0: fail at once)."),
    flow: bool = typer.Option(True, help="Run as a Prefect flow (--no-flow: the same stages without Prefect)."),
    dask: bool = typer.Option(False, "--dask", help="Extract on a local Dask cluster (worker processes)."),
    dask_address: str = typer.Option(None, help="Extract on the Dask scheduler at this address (implies --dask)."),
    workers: int = typer.Option(None, min=1, help=WORKERS_HELP),
    json_out: Path = typer.Option(None, "--json", help="Also write the summary as JSON to this file."),
    max_chars: int = typer.Option(None, help=MAX_CHARS_HELP),
    verbose: bool = typer.Option(False, "--verbose", "-v", help=VERBOSE_HELP),
) -> None:
    """Ingest every document under CORPUS, extract facts, load them into DB, print a summary."""
    max_chars = checked_max_chars(max_chars)
    if not corpus.exists():
        console.print(f"[red]warta run: no such corpus: {corpus}[/red]")
        raise typer.Exit(code=2)
    address = dask_address or ("local" if dask else None)
    summary = run_source(str(corpus), db, batch_size, wait, flow, kind="files", dask=address, workers=workers,
                         progress_total=count_files(corpus), max_chars=max_chars, verbose=verbose,
                         settings=cli_settings(ctx))
    print_summary(summary)
    if json_out:
        json_out.write_text(json.dumps(summary, indent=2, ensure_ascii=False))
