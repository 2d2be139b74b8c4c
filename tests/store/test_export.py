"""The Parquet export round-trips: every table's row count read back by DuckDB and pandas equals the store's."""
from __future__ import annotations

import json

import duckdb
import pandas as pd
import pytest

from pipeline.store.export import UNKNOWN_PROVINCE, UNKNOWN_YEAR, export_parquet


@pytest.fixture(scope="module")
def exported(store_db, tmp_path_factory):
    out = tmp_path_factory.mktemp("export")
    return out, export_parquet(store_db, out)


def read_duckdb(out, info) -> duckdb.DuckDBPyRelation:
    if info["partitioned"]:
        return duckdb.sql(f"SELECT * FROM read_parquet('{out / info['path']}/**/*.parquet', hive_partitioning = true, "
                          "hive_types = {'year': INTEGER, 'province_code': VARCHAR})")
    return duckdb.sql(f"SELECT * FROM read_parquet('{out / info['path']}')")


def test_row_counts_round_trip(store_db, exported):
    out, manifest = exported
    con = duckdb.connect(str(store_db), read_only=True)
    try:
        for table, info in manifest["tables"].items():
            assert info["rows"] == con.execute(f"SELECT count(*) FROM {table}").fetchone()[0], table
            if info["rows"]:
                assert read_duckdb(out, info).count("*").fetchall()[0][0] == info["rows"], table
                assert len(pd.read_parquet(out / info["path"])) == info["rows"], table
    finally:
        con.close()
    assert manifest["tables"]["persons"]["rows"] == 3 and manifest["tables"]["regions"]["rows"] > 500
    assert json.loads((out / "manifest.json").read_text())["tables"].keys() == manifest["tables"].keys()


def test_partitions_by_document_year_and_province(exported, doc_ids):
    out, manifest = exported
    assert (out / "documents" / "year=2024" / "province_code=72").is_dir()
    assert (out / "documents" / f"year={UNKNOWN_YEAR}" / f"province_code={UNKNOWN_PROVINCE}").is_dir()
    docs = read_duckdb(out, manifest["tables"]["documents"]).fetchdf()
    where = dict(zip(docs["document_id"], zip(docs["year"], docs["province_code"])))
    assert where[doc_ids["a"]] == (2024, "72") and where[doc_ids["b"]] == (2024, "33")
    assert where[doc_ids["d"]] == (UNKNOWN_YEAR, UNKNOWN_PROVINCE)


def test_clashing_column_is_renamed(exported):
    out, manifest = exported
    info = manifest["tables"]["places"]
    assert info["renamed"] == {"province_code": "place_province_code"}
    places = read_duckdb(out, info).fetchdf()
    assert set(places["place_province_code"]) == {"72", "33"}


def test_rerun_replaces_files(store_db, exported):
    out, manifest = exported
    again = export_parquet(store_db, out)
    for table, info in again["tables"].items():
        if info["rows"]:
            assert read_duckdb(out, info).count("*").fetchall()[0][0] == info["rows"], table
