"""warta ingest SOURCE: a one-off pull from any source (folder, URL list, feed, WordPress site, sitemap),
extracted and loaded like `warta run`; or every source of a warta.toml with --config."""
from __future__ import annotations

import json
from pathlib import Path

import typer

from pipeline.cli.app import app, cli_settings
from pipeline.cli.run_cmd import MAX_CHARS_HELP, VERBOSE_HELP, WORKERS_HELP, checked_max_chars, run_source
from pipeline.cli.run_output import console, print_summary
from pipeline.paths import DEFAULT_DB

KINDS = ("files", "urls", "feed", "wordpress", "sitemap")


def _pairs(values: list[str], what: str) -> dict[str, str]:
    out = {}
    for value in values or []:
        key, sep, rest = value.partition("=")
        if not sep or not key.strip():
            raise typer.BadParameter(f"{what} must look like KEY=VALUE, not {value!r}")
        out[key.strip()] = rest.strip()
    return out


def _option_value(value: str):
    """CLI option values as the adapters expect them (numbers as numbers)."""
    try:
        return int(value)
    except ValueError:
        return value


@app.command()
def ingest(
    ctx: typer.Context,
    source: str = typer.Argument(None, help="Path, URL, feed, WordPress site, sitemap, or a file of URLs."),
    db: Path = typer.Option(None, help=f"DuckDB file (default: the config's, else {DEFAULT_DB})."),
    kind: str = typer.Option(None, help=f"Source kind: {' | '.join(KINDS)} (default: recognised from what SOURCE "
                                         f"is or serves)."),
    config: Path = typer.Option(None, help="warta.toml: ingest every source it lists (when no SOURCE is given)."),
    field: list[str] = typer.Option(None, help="JSON record field names, e.g. --field text=isi,konten."),
    option: list[str] = typer.Option(None, "--option", "-o",
                                     help="Adapter option, e.g. -o pattern=/berita/ -o per_page=100."),
    rate_limit: float = typer.Option(None, help="Requests per second per host."),
    timeout: float = typer.Option(None, help="HTTP timeout in seconds."),
    batch_size: int = typer.Option(32, help="Documents per batch (one task per batch)."),
    wait: float = typer.Option(0.0, help="Seconds to wait for another writer to finish (0: fail at once)."),
    flow: bool = typer.Option(True, help="Run as a Prefect flow (--no-flow: the same stages without Prefect)."),
    dask: bool = typer.Option(False, "--dask", help="Extract on a local Dask cluster (worker processes)."),
    dask_address: str = typer.Option(None, help="Extract on the Dask scheduler at this address (implies --dask)."),
    workers: int = typer.Option(None, min=1, help=WORKERS_HELP),
    json_out: Path = typer.Option(None, "--json", help="Also write the summary as JSON to this file."),
    max_chars: int = typer.Option(None, help=MAX_CHARS_HELP + " Default: the config's max_chars."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help=VERBOSE_HELP),
) -> None:
    """Pull documents from SOURCE, extract facts, load them into DB, print a summary."""
    if kind and kind not in KINDS:
        raise typer.BadParameter(f"--kind must be one of {', '.join(KINDS)}")
    options = {k: _option_value(v) for k, v in _pairs(option, "--option").items()}
    if field:
        options["fields"] = {k: [n.strip() for n in v.split(",") if n.strip()]
                             for k, v in _pairs(field, "--field").items()}
    http = {k: v for k, v in (("rate_limit", rate_limit), ("timeout", timeout)) if v is not None}
    max_chars = checked_max_chars(max_chars)
    address = dask_address or ("local" if dask else None)

    if source is None:
        if config is None:
            console.print("[red]warta ingest: give a SOURCE or --config warta.toml[/red]")
            raise typer.Exit(code=2)
        summaries = _ingest_config(ctx, config, db, wait, flow, address, workers, max_chars, verbose)
        summary = {"config": str(config), "runs": summaries}
    else:
        summary = run_source(source, db or DEFAULT_DB, batch_size, wait, flow, kind=kind, options=options or None,
                             dask=address, workers=workers, http=http or None, max_chars=max_chars,
                             verbose=verbose, settings=cli_settings(ctx))
    print_summary(summary)
    if json_out:
        json_out.write_text(json.dumps(summary, indent=2, ensure_ascii=False))


def _ingest_config(ctx: typer.Context, path: Path, db: Path | None, wait: float, flow: bool, dask: str | None,
                   workers: int | None = None, max_chars: int | None = None,
                   verbose: bool = False) -> list[dict]:
    from dataclasses import asdict

    from pipeline.config import ConfigError, load_config

    try:
        cfg = load_config(path)
    except ConfigError as exc:
        console.print(f"[red]warta ingest: {exc}[/red]")
        raise typer.Exit(code=2)
    if dask is None and cfg.task_runner == "dask":
        dask = cfg.dask_address or "local"
    settings = cli_settings(ctx, path)
    summaries = []
    for src in cfg.sources:
        http = asdict(cfg.http_for(src))
        summaries.append(run_source(src.spec, db or Path(cfg.db), cfg.batch_size, wait, flow, kind=src.kind,
                                    options=src.options or None, dask=dask,
                                    workers=(workers or cfg.dask_workers) if dask else workers, http=http,
                                    near_dup_threshold=cfg.near_duplicate_threshold,
                                    max_chars=max_chars or cfg.max_chars, verbose=verbose,
                                    settings=settings))
    return summaries
