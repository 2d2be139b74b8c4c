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
    subject: str = typer.Argument(None, help="For `person`: the person's name, e.g. 'Yosef Woda'."),
    db: Path = typer.Option(DEFAULT_DB, help="DuckDB file."),
    province: str = typer.Option(None, help="Province code or name, e.g. 72 or 'Sulawesi Tengah'."),
    since: str = typer.Option(None, help="First day included (YYYY-MM-DD)."),
    until: str = typer.Option(None, help="Last day included (YYYY-MM-DD)."),
    limit: int = typer.Option(None, help="At most this many rows."),
    region: str = typer.Option(None, help="For officeholders: region code or name, e.g. 53.07 or Sikka."),
    post: str = typer.Option(None, help="For officeholders: words of the post, e.g. Bupati or 'Dinas Kesehatan'."),
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
    values = {"province": province, "since": since, "until": until, "limit": limit, "region": region, "post": post}
    if name == "person":
        from pipeline.store.people_reports import person_table

        table = result_or_exit("report", lambda: person_table(db, subject, wait=wait, **_given(values)))
    elif subject is not None:
        typer.echo(f"warta report: {name!r} takes no NAME argument (got {subject!r})", err=True)
        raise typer.Exit(code=2)
    else:
        table = result_or_exit("report", lambda: report_table(db, name, wait=wait, **_given(values)))
    write_table(table, format, out)


def _given(values: dict) -> dict:
    """Only the options given: a report refuses the ones it does not take."""
    return {k: v for k, v in values.items() if v is not None}
