"""warta report NAME: named reports (officials, topics, events, organizations, ...) over the read-only store."""
from __future__ import annotations

from pathlib import Path

import typer

from pipeline.cli.app import app
from pipeline.cli.query_cmd import WAIT_HELP
from pipeline.cli.table_output import Format, result_or_exit, write_table
from pipeline.paths import DEFAULT_DB


@app.command()
def report(
    name: str = typer.Argument(None, help="Report name; leave out to list the reports."),
    db: Path = typer.Option(DEFAULT_DB, help="DuckDB file."),
    province: str = typer.Option(None, help="Province code or name, e.g. 72 or 'Sulawesi Tengah'."),
    since: str = typer.Option(None, help="First day included (YYYY-MM-DD)."),
    until: str = typer.Option(None, help="Last day included (YYYY-MM-DD)."),
    limit: int = typer.Option(None, help="At most this many rows."),
    format: Format = typer.Option(Format.table, "--format", "-f"),
    out: Path = typer.Option(None, help="Write to this file instead of stdout (required for parquet)."),
    wait: float = typer.Option(0.0, help=WAIT_HELP),
) -> None:
    """Run a named report; filters a report does not take are refused."""
    from pipeline.store.reports import REPORTS, report_table

    if name is None:
        for r in REPORTS.values():
            typer.echo(f"{r.name:<16} {r.description}  [--{' --'.join(r.params)}]")
        return
    if name not in REPORTS:
        typer.echo(f"warta report: no report {name!r}; reports: {', '.join(REPORTS)}", err=True)
        raise typer.Exit(code=2)
    table = result_or_exit("report", lambda: report_table(db, name, wait=wait, province=province, since=since,
                                                          until=until, limit=limit))
    write_table(table, format, out)
