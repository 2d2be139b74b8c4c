"""Discovered themes are stored as a whole and read through the theme views."""
from __future__ import annotations

import shutil

import pytest

from pipeline.store.db import open_store
from pipeline.store.discovery import Discovery, store_discovery
from pipeline.store.query import run_query


@pytest.fixture
def db_copy(store_db, tmp_path):
    path = tmp_path / "copy.duckdb"
    shutil.copy(store_db, path)
    return path


def test_store_discovery_replaces_themes(db_copy, doc_ids):
    ids = [doc_ids[k] for k in "abcd"]
    found = Discovery("test", themes=[[("industri", 0.9), ("batik", 0.5)], [("harga", 0.8), ("pasar", 0.4)]],
                      document_weights=[[0.7, 0.1], [0.9, 0.0], [0.2, 0.6], [0.0, 0.0]])
    con = open_store(db_copy)
    try:
        store_discovery(con, ids, found, n_topics=2)
        store_discovery(con, ids, found, n_topics=2)  # a rerun replaces, never adds
        assert con.execute("SELECT count(*) FROM discovered_themes").fetchone()[0] == 4
        assert con.execute("SELECT count(*) FROM document_themes").fetchone()[0] == 5  # zero weights left out
        assert con.execute("SELECT count(*) FROM discovery_runs").fetchone()[0] == 2
    finally:
        con.close()
    labels = run_query(db_copy, "SELECT theme_id, label FROM theme_labels ORDER BY 1")
    assert labels["label"].tolist() == ["industri, batik", "harga, pasar"]
    main = run_query(db_copy, "SELECT document_id, theme_id, province_code FROM document_main_theme")
    got = {r["document_id"]: (r["theme_id"], r["province_code"]) for r in main.to_dict("records")}
    assert got == {doc_ids["a"]: (0, "72"), doc_ids["b"]: (0, "33"), doc_ids["c"]: (1, "72")}


def test_discover_over_stored_documents(db_copy):
    pytest.importorskip("pipeline.extract.topic_discovery")
    from pipeline.store.discovery import discover

    con = open_store(db_copy)
    try:
        run_id, found, n_docs = discover(con, n_topics=2)
        assert n_docs == 4 and 1 <= len(found.themes) <= 2
        stored = con.execute("SELECT count(DISTINCT theme_id), count(*) FROM discovered_themes").fetchone()
        assert stored[0] == len(found.themes) and stored[1] > 0
        assert con.execute("SELECT count(DISTINCT document_id) FROM document_themes").fetchone()[0] >= 1
    finally:
        con.close()
