"""The `warta` command: thin typer commands over the pipeline's rooms, one module per command group."""
from pipeline.cli.app import app
from pipeline.cli import (  # noqa: F401,E402  (each module registers its commands)
    discover_cmd,
    eval_cmd,
    export_cmd,
    extract_cmd,
    ingest_cmd,
    query_cmd,
    report_cmd,
    run_cmd,
    schema_cmd,
    serve_cmd,
    train_cmd,
)

__all__ = ["app"]
