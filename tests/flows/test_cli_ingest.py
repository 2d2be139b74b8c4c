"""`warta ingest` from the command line (the same stages without Prefect, to stay fast)."""
import json

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from release_site import PAGE_SLUGS

pytestmark = pytest.mark.network


def test_ingest_a_source_then_a_config(site, tmp_path):
    db, out = tmp_path / "warta.duckdb", tmp_path / "summary.json"
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", site.url("/sitemap_index.xml"), "--db", str(db), "--no-flow",
                                 "-o", "pattern=/berita/", "--timeout", "1", "--rate-limit", "0",
                                 "--json", str(out)])
    assert result.exit_code == 0, result.output
    summary = json.loads(out.read_text())
    assert summary["new"] == len(PAGE_SLUGS) and summary["rejected"] == 0
    assert "documents seen" in result.output

    config = tmp_path / "warta.toml"
    config.write_text(f'''db = "warta.duckdb"
[http]
timeout = 1
rate_limit = 0
[[sources]]
kind = "wordpress"
spec = "{site.base}"
per_page = 2
[[sources]]
kind = "feed"
spec = "{site.url('/atom.xml')}"
''')
    result = runner.invoke(app, ["ingest", "--config", str(config), "--no-flow", "--json", str(out)])
    assert result.exit_code == 0, result.output
    runs = json.loads(out.read_text())["runs"]
    assert [r["new"] for r in runs] == [0, 0] and runs[0]["duplicates"] == 3


def test_unknown_kind_is_refused(tmp_path):
    result = CliRunner().invoke(app, ["ingest", "http://127.0.0.1:9/", "--kind", "ftp", "--no-flow"])
    assert result.exit_code == 2
