"""The typer application that command modules register on, and its global options: the settings."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from pipeline.settings import Settings, SettingsError, resolve_settings, set_process_defaults

app = typer.Typer(
    name="warta",
    help="Turn Indonesian government press releases into facts you can query.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def main(
    ctx: typer.Context,
    config: Path = typer.Option(None, "--config", help="warta.toml whose [extraction] and [store] settings apply "
                                                      "(`warta ingest --config` also reads its sources)."),
    ner: bool = typer.Option(None, "--ner/--no-ner", help="Run the trained NER on what the rules leave "
                                                        "unexplained (default on; env WARTA_NER)."),
    syntax: bool = typer.Option(None, "--syntax/--no-syntax", help="Parse the main event's sentences with stanza "
                                                                 "(default off; env WARTA_SYNTAX)."),
    ner_model: Path = typer.Option(None, help="spaCy NER pipeline directory (default models/ner-id; env "
                                              "WARTA_NER_MODEL)."),
    stanza_dir: Path = typer.Option(None, help="stanza model directory (default models/stanza-id; env "
                                               "WARTA_STANZA_DIR)."),
    db_memory_limit: str = typer.Option(None, help="DuckDB memory limit of write connections, e.g. 2GB "
                                                   "(default 1GB; env WARTA_DB_MEMORY_LIMIT)."),
) -> None:
    """Turn Indonesian government press releases into facts you can query."""
    set_process_defaults()  # the process starts here: quiet, offline libraries
    ctx.obj = {"config": config, "flags": {
        "ner": ner, "syntax": syntax, "ner_model": str(ner_model) if ner_model else None,
        "stanza_dir": str(stanza_dir) if stanza_dir else None, "db_memory_limit": db_memory_limit}}


def cli_settings(ctx: typer.Context | None, config_path: Path | None = None) -> Settings:
    """The settings of a command (`ctx` its context): warta.toml (`config_path`, else the global --config),
    the environment overrides, then the global flags."""
    obj: dict[str, Any] = (ctx.find_root().obj if ctx is not None else None) or {}
    path = config_path or obj.get("config")
    base = None
    try:
        if path:
            from pipeline.config import ConfigError, load_config

            try:
                base = load_config(path).settings
            except ConfigError as exc:
                raise SettingsError(str(exc)) from None
        return resolve_settings(base, **obj.get("flags", {}))
    except SettingsError as exc:
        typer.echo(f"warta: {exc}", err=True)
        raise typer.Exit(code=2)
