"""The documented schema follows the catalog: every column described, no stale entry, docs/schema.md current."""
from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.store.schema_docs import catalog, latest_schema, stale, to_markdown, undocumented

SCHEMA_MD = Path(__file__).resolve().parents[2] / "docs" / "schema.md"
REGENERATE = "regenerate with: warta schema --format markdown > docs/schema.md"


def test_every_table_and_column_is_documented():
    con = latest_schema()
    objects = catalog(con)
    con.close()
    assert not undocumented(objects), f"describe these in pipeline/store/schema_docs.tsv: {undocumented(objects)}"
    assert not stale(objects), f"remove or rename in pipeline/store/schema_docs.tsv: {stale(objects)}"


def test_docs_schema_md_is_current():
    con = latest_schema()
    expected = to_markdown(catalog(con))
    con.close()
    assert SCHEMA_MD.read_text(encoding="utf-8") == expected, REGENERATE


def test_cli_schema_describes_a_database_file(store_db):
    result = CliRunner().invoke(app, ["schema", "mentions", "--db", str(store_db), "--format", "markdown"])
    assert result.exit_code == 0, result.output
    assert "### `mentions`" in result.stdout and "start_char" in result.stdout and "fact_id" in result.stdout
    assert CliRunner().invoke(app, ["schema", "no_such_table"]).exit_code == 2
