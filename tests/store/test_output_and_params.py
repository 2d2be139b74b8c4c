"""What `warta query` and `warta report` print: empty cells for NULL and dates as YYYY-MM-DD in every format,
Parquet with the store's types; report parameters checked before any SQL, each error on one line."""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import time

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.store.report_params import ParameterError, check_params, province_code
from pipeline.store.reports import run_report

# D has no publication date and no events; a NULL DATE, a NULL text and a DATE column in one result
SQL = ("SELECT title, published, CAST(NULL AS VARCHAR) AS nothing, CAST(NULL AS DOUBLE) AS no_number "
       "FROM documents ORDER BY published NULLS LAST, title")


def cli(*args):
    result = CliRunner().invoke(app, list(args))
    return result


def test_table_and_csv_show_empty_cells_and_plain_dates(store_db):
    table = cli("query", SQL, "--db", str(store_db))
    assert table.exit_code == 0, table.output
    for bad in ("nan", "NaT", "None", "00:00:00", "<NA>"):
        assert bad not in table.stdout
    assert "2024-06-12" in table.stdout
    rows = list(csv.DictReader(io.StringIO(cli("query", SQL, "--db", str(store_db), "-f", "csv").stdout)))
    assert rows[0]["published"] == "2024-06-12" and rows[0]["nothing"] == "" and rows[0]["no_number"] == ""
    assert rows[-1]["published"] == ""  # the document without a date


def test_json_writes_dates_as_days_and_nulls_as_null(store_db):
    lines = cli("query", SQL, "--db", str(store_db), "-f", "json").stdout.splitlines()
    first, last = json.loads(lines[0]), json.loads(lines[-1])
    assert first["published"] == "2024-06-12" and first["nothing"] is None and first["no_number"] is None
    assert last["published"] is None


def test_parquet_keeps_the_types(store_db, tmp_path):
    out = tmp_path / "r.parquet"
    assert cli("report", "events", "--db", str(store_db), "-f", "parquet", "--out", str(out)).exit_code == 0
    schema = pq.read_schema(out)
    assert str(schema.field("date").type) == "date32[day]" and str(schema.field("end_date").type) == "date32[day]"


def test_report_dates_in_table(store_db):
    result = cli("report", "events", "--db", str(store_db))
    assert result.exit_code == 0 and "2024-06-12" in result.stdout and "00:00:00" not in result.stdout


@pytest.mark.parametrize("value, code", [("72", "72"), ("Sulawesi Tengah", "72"), ("sulteng", "72"),
                                         ("NTT", "53"), ("Jawa  tengah", "33")])
def test_province_by_code_name_or_abbreviation(value, code):
    assert province_code(value) == code


def test_unknown_province_is_one_line_with_close_matches(store_db):
    with pytest.raises(ParameterError, match=r"did you mean .*Sulawesi Tengah \(72\)"):
        province_code("Sulawesi Tenga")
    result = cli("report", "officials", "--db", str(store_db), "--province", "Sulawesi Tenga")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "Sulawesi Tengah (72)" in result.stderr
    result = cli("report", "officials", "--db", str(store_db), "--province", "99")
    assert result.exit_code == 2 and "--province '99'" in result.stderr
    result = cli("report", "officials", "--db", str(store_db), "--province", "72.01")
    assert result.exit_code == 2 and "its province is 72" in result.stderr


def test_bad_dates_are_one_line_without_sql(store_db):
    result = cli("report", "topics", "--db", str(store_db), "--since", "2024-13-01")
    assert result.exit_code == 2
    assert result.stderr.strip() == "warta report: --since '2024-13-01' is not a date (YYYY-MM-DD): month must be in 1..12"
    assert "SELECT" not in result.stderr
    with pytest.raises(ParameterError, match="after --until"):
        check_params({"since": "2024-05-01", "until": "2024-04-01"})
    with pytest.raises(ParameterError, match="--limit"):
        run_report(store_db, "events", limit=0)


def test_query_on_a_locked_store_suggests_an_option_it_has(store_db):
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
                               "print('held', flush=True); time.sleep(3)", str(store_db)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        refused = cli("query", "SELECT 1", "--db", str(store_db))
        assert refused.exit_code == 2 and "--wait SECONDS" in refused.stderr
        started = time.monotonic()
        waited = cli("query", "SELECT count(*) AS n FROM documents", "--db", str(store_db), "--wait", "30")
        assert waited.exit_code == 0, waited.stderr
        assert time.monotonic() - started > 0.5 and "4" in waited.stdout
        assert cli("report", "events", "--db", str(store_db), "--wait", "30").exit_code == 0
    finally:
        holder.wait(timeout=30)
