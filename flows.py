"""Prefect flows of warta.

    python flows.py                 run the pipeline flow on corpus/ into warta.duckdb
    python flows.py serve           serve the scheduled deployments (see README: Scheduling)
"""
from __future__ import annotations

import sys

from pipeline.flows import *  # noqa: F401,F403
from pipeline.flows import pipeline

if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "serve":
        from pipeline.flows import serve  # type: ignore[attr-defined]

        serve(*sys.argv[2:])
    else:
        print(pipeline())
