"""Prefect flows of warta.

    python flows.py                      run the pipeline flow on corpus/ into warta.duckdb
    python flows.py serve [warta.toml]   serve the pipeline over the config's sources on its cron schedule
                                         (needs a Prefect server; see docs/operations.md)
"""
from __future__ import annotations

import sys

from pipeline.flows import extract, ingest, load, pipeline, serve, train_models  # noqa: F401

if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "serve":
        serve(*sys.argv[2:3])
    else:
        print(pipeline())
