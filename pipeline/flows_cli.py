"""The command line of `python flows.py`: run the pipeline flow once, or serve the scheduled deployment.

Anything it does not understand (--help included) prints the usage and runs nothing. `serve` first checks
that a Prefect server answers, and says what to start when none does.
"""
from __future__ import annotations

import argparse
import os
import sys

from pipeline.paths import CORPUS_DIR, DEFAULT_DB

START_SERVER = ("start one with `prefect server start --host 127.0.0.1 --port 4200` and point this shell at it "
                "with `export PREFECT_API_URL=http://127.0.0.1:4200/api` (see docs/operations.md)")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python flows.py", description="warta's Prefect flows.")
    commands = p.add_subparsers(dest="command", metavar="{run,serve}")
    run = commands.add_parser("run", help="run the pipeline flow once (the default)")
    for target in (p, run):
        target.add_argument("--corpus", default=str(CORPUS_DIR), help="folder, file or URL to ingest "
                                                                     "(default: the embedded corpus)")
        target.add_argument("--db", default=str(DEFAULT_DB), help="DuckDB file (default: warta.duckdb)")
    serve = commands.add_parser("serve", help="serve the pipeline on the config's cron schedule "
                                              "(needs a Prefect server)")
    serve.add_argument("config", nargs="?", default="warta.toml", help="warta.toml (default: ./warta.toml)")
    return p


def prefect_server_problem(api_url: str | None, timeout: float = 3.0) -> str | None:
    """Why `serve` cannot work with this PREFECT_API_URL (None: the server answers)."""
    import httpx

    if not api_url:
        return f"PREFECT_API_URL is not set, so there is no Prefect server to serve on: {START_SERVER}"
    try:
        response = httpx.get(api_url.rstrip("/") + "/health", timeout=timeout)
    except httpx.HTTPError as exc:
        return f"no Prefect server answers at PREFECT_API_URL={api_url} ({type(exc).__name__}): {START_SERVER}"
    if response.status_code != 200:
        return (f"the Prefect server at PREFECT_API_URL={api_url} answered HTTP {response.status_code} "
                f"to /health: {START_SERVER}")
    return None


def main(argv: list[str]) -> int:
    args = parser().parse_args(argv)  # --help and unknown arguments exit here, before anything runs
    from pipeline.settings import set_process_defaults

    set_process_defaults()  # the process starts here: quiet, offline libraries
    if args.command == "serve":
        from pipeline.config import ConfigError, load_config

        try:
            if not load_config(args.config).schedule:
                print(f"flows.py serve: {args.config}: no 'schedule' (a cron expression such as "
                      f"\"0 */6 * * *\")", file=sys.stderr)
                return 2
        except ConfigError as exc:
            print(f"flows.py serve: {exc}", file=sys.stderr)
            return 2
        problem = prefect_server_problem(os.environ.get("PREFECT_API_URL") or _configured_api_url())
        if problem:
            print(f"flows.py serve: {problem}", file=sys.stderr)
            return 2
        from pipeline.flows import serve

        serve(args.config)
        return 0
    from pipeline.cli.run_output import print_summary
    from pipeline.flows import pipeline

    print_summary(pipeline(corpus=args.corpus, db=args.db))
    return 0


def _configured_api_url() -> str | None:
    """PREFECT_API_URL from Prefect's own profile (`prefect config set PREFECT_API_URL=...`), when set there."""
    try:
        from prefect.settings import get_current_settings

        url = get_current_settings().api.url
        return str(url) if url else None
    except Exception:
        return None
