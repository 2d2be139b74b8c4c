"""Parquet export: the store's tables as files DuckDB, pandas/pyarrow and Spark read, plus a manifest.

Document-level tables (documents and every fact table) are partitioned by the document's year and province
(`DIR/<table>/year=2024/province_code=72/data_0.parquet`, hive style); reference tables are single files.
Unknown year and province get the sentinels below rather than NULL, because pyarrow/pandas cannot read a hive
partition whose value is NULL.
"""
from __future__ import annotations

import json
import shutil
from datetime import datetime, timezone
from pathlib import Path

import duckdb

from pipeline.store.db import open_store
from pipeline.store.schema import FACT_TABLES

PARTITION_COLUMNS = ("year", "province_code")
UNKNOWN_YEAR = 0
UNKNOWN_PROVINCE = "00"
PARTITIONED = ("documents", *FACT_TABLES, "document_themes")
SINGLE = ("regions", "discovered_themes", "discovery_runs", "people", "people_documents")
# Fact columns that would clash with a partition column keep their values under another name.
RENAMED = {"province_code": "place_province_code"}

READING = {
    "duckdb": "SELECT * FROM read_parquet('DIR/persons/**/*.parquet', hive_partitioning = true, "
              "hive_types = {'year': INTEGER, 'province_code': VARCHAR})",
    "pandas": "pandas.read_parquet('DIR/persons')",
    "spark": "spark.read.parquet('DIR/persons')",
}


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple[str, str]]:
    return con.execute("SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = ? "
                       "ORDER BY column_index", [table]).fetchall()


def _copy(con: duckdb.DuckDBPyConnection, select: str, target: Path, partitioned: bool) -> None:
    options = "FORMAT parquet"
    if partitioned:
        options += f", PARTITION_BY ({', '.join(PARTITION_COLUMNS)}), OVERWRITE_OR_IGNORE"
    path = str(target).replace("'", "''")
    con.execute(f"COPY ({select}) TO '{path}' ({options})")


def _export_table(con: duckdb.DuckDBPyConnection, table: str, out_dir: Path) -> dict:
    columns = _columns(con, table)
    partitioned = table in PARTITIONED
    target = out_dir / table if partitioned else out_dir / f"{table}.parquet"
    if target.is_dir():
        shutil.rmtree(target)  # a rerun replaces the table rather than mixing old and new files
    rows = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    renamed = {c: RENAMED[c] for c, _ in columns if partitioned and c in RENAMED}
    select_cols = ", ".join(f't."{c}" AS "{renamed.get(c, c)}"' for c, _ in columns)
    if partitioned:
        select = (f"SELECT {select_cols}, coalesce(f.year, {UNKNOWN_YEAR}) AS year, "
                  f"coalesce(f.province_code, '{UNKNOWN_PROVINCE}') AS province_code "
                  f"FROM {table} t LEFT JOIN document_facets f ON f.document_id = t.document_id")
    else:
        select = f"SELECT {select_cols} FROM {table} t"
    if rows:
        _copy(con, select, target, partitioned)
    out_columns = [{"name": renamed.get(c, c), "type": t} for c, t in columns]
    if partitioned:
        out_columns += [{"name": "year", "type": "INTEGER"}, {"name": "province_code", "type": "VARCHAR"}]
    return {"path": target.name + ("/" if partitioned else ""), "rows": rows, "partitioned": partitioned,
            "columns": out_columns, "renamed": renamed}


def export_parquet(db: str | Path, out_dir: str | Path, wait: float = 0.0) -> dict:
    """Write every table under out_dir and out_dir/manifest.json; returns the manifest."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    con = open_store(db, read_only=True, wait=wait)
    try:
        present = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        tables = {t: _export_table(con, t, out_dir) for t in (*PARTITIONED, *SINGLE) if t in present}
        versions = [r[0] for r in con.execute(
            "SELECT DISTINCT extractor_version FROM documents WHERE extractor_version IS NOT NULL ORDER BY 1"
        ).fetchall()]
        manifest = {
            "format": "parquet",
            "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "database": str(db),
            "schema_version": con.execute("SELECT max(version) FROM schema_version").fetchone()[0]
            if "schema_version" in present else None,
            "extractor_versions": versions,
            "partitioning": {
                "columns": list(PARTITION_COLUMNS),
                "meaning": "publication year and province of the document the row belongs to (document_facets)",
                "unknown_year": UNKNOWN_YEAR, "unknown_province": UNKNOWN_PROVINCE,
                "note": "readers infer partition types: ask for province_code as VARCHAR to keep it a code",
            },
            "tables": tables,
            "reading": {k: v.replace("DIR", str(out_dir)) for k, v in READING.items()},
        }
    finally:
        con.close()
    (out_dir / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8")
    return manifest
