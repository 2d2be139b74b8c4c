"""warta serve: the read-only web explorer over the store."""
from __future__ import annotations

from pathlib import Path

import typer

from pipeline.cli.app import app
from pipeline.paths import DEFAULT_DB


@app.command()
def serve(
    db: Path = typer.Option(DEFAULT_DB, help="DuckDB file."),
    host: str = typer.Option("127.0.0.1", help="Address to listen on (other machines can connect only if told)."),
    port: int = typer.Option(8080, help="TCP port."),
    sql: bool = typer.Option(False, "--sql", help="Also offer a read-only SQL page at /sql."),
    hold: float = typer.Option(1.0, help="Seconds the database stays open after the last request; a `warta run` "
                                         "can write it once the pages are idle that long (use its --wait)."),
) -> None:
    """Browse officials, posts, places, events and the releases behind them in a web browser (read-only)."""
    if not db.exists():
        typer.echo(f"warta serve: no warta database at {db} (run `warta run` first)", err=True)
        raise typer.Exit(code=2)
    import uvicorn

    from pipeline.web.app import create_app

    typer.echo(f"warta explorer on http://{host}:{port}/ over {db} (read-only{', with /sql' if sql else ''})")
    uvicorn.run(create_app(db, allow_sql=sql, hold=hold), host=host, port=port, log_level="warning")
