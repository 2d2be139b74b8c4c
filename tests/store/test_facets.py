"""document_facet_keys, refreshed per loaded batch, holds what a full recomputation from the stored facts gives."""
from __future__ import annotations

import shutil

import duckdb

from pipeline.extract.facts import Facts, Place
from pipeline.store.db import open_store
from pipeline.store.facets import refresh_all
from pipeline.store.load import load_facts

VERSION = "test+0"

KEYS = "SELECT * FROM document_facet_keys ORDER BY document_id"


def test_batch_refresh_equals_full_recomputation(store_db, tmp_path):
    copy = tmp_path / "copy.duckdb"
    shutil.copy(store_db, copy)
    con = open_store(copy)
    try:
        loaded = con.execute(KEYS).fetchall()
        refresh_all(con)
        assert con.execute(KEYS).fetchall() == loaded
        assert len(loaded) == con.execute("SELECT count(*) FROM documents").fetchone()[0]
        assert any(row[1] for row in loaded)  # some province was found
    finally:
        con.close()


def test_reloading_a_document_replaces_its_facets(store_db, doc_ids, tmp_path):
    copy = tmp_path / "copy.duckdb"
    shutil.copy(store_db, copy)
    doc_id = doc_ids["d"]  # no facts at first
    con = open_store(copy)
    try:
        facts = Facts(doc_id, "corpus/d.txt", VERSION)
        facts.places = [Place("Kota Palu", kind="kota", code="72.71", province="72", spans=[(0, 4)])]
        load_facts(con, [facts])
        got = con.execute("SELECT province, kabupaten_kota FROM document_facets WHERE document_id = ?",
                          [doc_id]).fetchall()
        assert got == [("Sulawesi Tengah", "Kota Palu")]
        load_facts(con, [Facts(doc_id, "corpus/d.txt", VERSION)])
        got = con.execute("SELECT province, kabupaten_kota FROM document_facets WHERE document_id = ?",
                          [doc_id]).fetchall()
        assert got == [(None, None)]
    finally:
        con.close()


def test_views_read_the_table_not_the_fact_tables(store_db):
    con = duckdb.connect(str(store_db), read_only=True)
    try:
        plan = con.execute("EXPLAIN SELECT * FROM document_facets").fetchall()[0][1]
        assert "document_facet_keys" in plan and "mentions" not in plan
    finally:
        con.close()
