"""The read-only query refuses writes and file access; named reports filter through it."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.store.query import QueryRefused, run_query
from pipeline.store.reports import REPORTS, run_report

REFUSED = [
    "DELETE FROM documents",
    "INSERT INTO documents (document_id) VALUES ('x')",
    "UPDATE documents SET title = 'x'",
    "CREATE TABLE x AS SELECT 1",
    "DROP VIEW officials",
    "ALTER TABLE documents ADD COLUMN x INTEGER",
    "SELECT 1; DELETE FROM documents",
    "COPY documents TO '/tmp/warta-leak.csv'",
    "ATTACH '/tmp/other.duckdb'",
    "SELECT * FROM read_csv('/etc/passwd')",
    "SELECT * FROM read_text('/etc/passwd')",
    "SELECT * FROM glob('/etc/*')",
    "FROM read_parquet('/tmp/*.parquet')",
    "SET enable_external_access = true",
]


@pytest.mark.parametrize("sql", REFUSED)
def test_query_refuses_writes_and_files(store_db, sql):
    with pytest.raises(QueryRefused):
        run_query(store_db, sql)
    assert len(run_query(store_db, "SELECT * FROM documents")) == 4


def test_query_takes_named_parameters(store_db):
    df = run_query(store_db, "SELECT person FROM officials WHERE province_code = $p ORDER BY 1", {"p": "33"})
    assert df["person"].tolist() == ["Budi Santoso"]


def test_officials_report_by_province_code_or_name(store_db):
    by_code = run_report(store_db, "officials", province="72")
    by_name = run_report(store_db, "officials", province="sulawesi tengah")
    assert sorted(by_code["person"]) == sorted(by_name["person"]) == ["Abdul Kahar Latjare", "Mira Yuliastuti"]
    assert len(run_report(store_db, "officials")) == 3


def test_topics_report_since(store_db):
    df = run_report(store_db, "topics", since="2024-07-01")
    assert dict(zip(df["topic"], df["documents"])) == {"perdagangan": 1, "perindustrian": 1}
    df = run_report(store_db, "topics")
    assert dict(zip(df["topic"], df["documents"])) == {"perdagangan": 2, "perindustrian": 2}


def test_events_and_organizations_reports(store_db):
    assert run_report(store_db, "events", province="33")["name"].tolist() == ["Pelatihan IKM Batik"]
    assert run_report(store_db, "events", until="2024-06-30")["name"].tolist() == \
        ["Rapat Koordinasi Perindustrian dan Perdagangan"]
    orgs = run_report(store_db, "organizations")
    top = orgs.iloc[0]
    assert (top["organization"], top["documents"], top["events_organized"], top["months_active"]) == \
        ("Dinas Perindustrian dan Perdagangan Provinsi Sulawesi Tengah", 2, 1, 2)
    assert run_report(store_db, "organizations", limit=1).shape[0] == 1


def test_every_report_runs_with_every_filter(store_db):
    for name, report in REPORTS.items():
        values = {"province": "72", "since": "2024-01-01", "until": "2024-12-31", "limit": 5}
        frame = run_report(store_db, name, **{k: v for k, v in values.items() if k in report.params})
        assert len(frame.columns) > 0, name
        if "limit" in report.params:
            assert len(frame) <= 5, name


def test_unknown_report_parameter_is_refused(store_db):
    from pipeline.store.reports import Report, bind

    with pytest.raises(ValueError):
        bind(Report("x", "", "SELECT 1 WHERE $since IS NULL", ("since",)), {"province": "72"})


def test_cli_report_and_query(store_db):
    runner = CliRunner()
    result = runner.invoke(app, ["report", "officials", "--db", str(store_db), "--province", "72", "-f", "json"])
    assert result.exit_code == 0, result.output
    people = {json.loads(line)["person"] for line in result.stdout.splitlines()}
    assert people == {"Mira Yuliastuti", "Abdul Kahar Latjare"}
    result = runner.invoke(app, ["report", "nope", "--db", str(store_db)])
    assert result.exit_code == 2
    result = runner.invoke(app, ["query", "DELETE FROM documents", "--db", str(store_db)])
    assert result.exit_code == 2
