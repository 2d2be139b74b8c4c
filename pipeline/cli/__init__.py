"""The `warta` command: thin typer commands over the pipeline's rooms, one module per command group."""
from pipeline.cli.app import app
from pipeline.cli import eval_cmd, extract_cmd, query_cmd, run_cmd  # noqa: F401,E402  (register commands)
from pipeline.cli import ingest_cmd  # noqa: F401,E402
from pipeline.cli import discover_cmd, export_cmd, report_cmd, schema_cmd  # noqa: F401,E402

__all__ = ["app"]
