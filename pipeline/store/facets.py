"""The table document_facet_keys (what document_facets needs from the facts), kept current by each load.

Computing it in every query made every view built on document_facets slow on large stores; it changes only
when a document's facts do, so `load_facts` refreshes it for the documents of each batch from that batch's
own rows (no scan of the stored fact tables), and migration 4 fills it once from the stored facts.
"""
from __future__ import annotations

from pathlib import Path
from string import Template

import duckdb
import pyarrow as pa


class _Sql(Template):
    delimiter = "@"  # '$' is taken: SQL parameters and regex anchors


FACETS_SQL = _Sql(Path(__file__).with_name("facets.sql").read_text(encoding="utf-8"))
SOURCES = ("mentions", "event_facts", "places", "organizations", "person_titles", "topics")


def refresh_all(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute the table for every stored document (a migration, or a repair)."""
    con.execute("DELETE FROM document_facet_keys")
    sql = FACETS_SQL.substitute(ids="documents", **{t: t for t in SOURCES})
    con.execute(f"INSERT INTO document_facet_keys BY NAME {sql}")


def refresh_batch(con: duckdb.DuckDBPyConnection, ids: list[str], tables: dict[str, pa.Table]) -> None:
    """Recompute the rows of `ids` from `tables`, the batch's rows of the fact tables (all the facts these
    documents have). Runs inside the caller's transaction."""
    if not ids:
        return
    names = {"ids": "(SELECT unnest($ids) AS document_id)"}
    registered = []
    for table in SOURCES:
        if table in tables and tables[table].num_rows:
            names[table] = f"_warta_facets_{table}"
            con.register(names[table], tables[table])
            registered.append(names[table])
        else:  # no rows of this kind in the batch: an empty relation with the stored columns
            names[table] = f"(SELECT * FROM {table} WHERE false)"
    try:
        con.execute("DELETE FROM document_facet_keys WHERE document_id IN (SELECT unnest($ids))", {"ids": ids})
        con.execute(f"INSERT INTO document_facet_keys BY NAME {FACETS_SQL.substitute(names)}", {"ids": ids})
    finally:
        for name in registered:
            con.unregister(name)
