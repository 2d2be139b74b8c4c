"""Prefect flows of warta.

    python flows.py [--corpus DIR] [--db PATH]   run the pipeline flow (default: corpus/ into warta.duckdb)
    python flows.py serve [warta.toml]           serve the pipeline over the config's sources on its cron
                                                 schedule (needs a Prefect server; see docs/operations.md)
"""
from __future__ import annotations

import sys

if __name__ == "__main__":  # the arguments are checked before Prefect loads (--help stays quick)
    from pipeline.flows_cli import main

    sys.exit(main(sys.argv[1:]))
else:
    from pipeline.flows import extract, ingest, load, pipeline, serve, train_models  # noqa: F401
