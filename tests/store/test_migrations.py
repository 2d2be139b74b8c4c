"""Opening a database created at schema version 1 upgrades it in place and keeps its data."""
from __future__ import annotations

import duckdb

from pipeline.store.db import open_store
from pipeline.store.query import run_query
from pipeline.store.schema import MIGRATIONS, schema_version


def make_v1(path) -> None:
    con = duckdb.connect(str(path))
    schema_version(con)
    con.execute(MIGRATIONS[0])
    con.execute("INSERT INTO schema_version VALUES (1, now())")
    con.execute("""INSERT INTO documents (document_id, source, text, content_hash, ingested_at, published)
                   VALUES ('d1', 'old.txt', 'Bupati Poso Verna Inkiriwang membuka acara.', 'h', now(), '2023-05-02')""")
    con.execute("INSERT INTO persons VALUES ('d1', 0, 'Verna Inkiriwang', [], [], 12, 28, 'old')")
    con.execute("INSERT INTO person_titles VALUES ('d1', 0, 0, 'Bupati Poso', 'Bupati', NULL, NULL, NULL, "
                "'72.02', 0, 11, 'old')")
    con.close()


def test_version_1_database_upgrades(tmp_path):
    path = tmp_path / "v1.duckdb"
    make_v1(path)
    con = open_store(path)
    try:
        assert schema_version(con) == len(MIGRATIONS)
        versions = [r[0] for r in con.execute("SELECT version FROM schema_version ORDER BY 1").fetchall()]
        assert versions == list(range(1, len(MIGRATIONS) + 1))
        assert con.execute("SELECT count(*) FROM regions WHERE level = 1").fetchone()[0] == 38
        assert con.execute("SELECT name FROM regions WHERE code = '72.02'").fetchone()[0] == "Kabupaten Poso"
        # migration 4 computes the facets of documents loaded before it existed
        assert con.execute("SELECT province_code, kabupaten_kota_code FROM document_facet_keys").fetchall() == [
            ("72", "72.02")]
        # migration 5 adds the post columns (empty until re-extraction) and links the stored persons into people
        assert con.execute("SELECT post_key, status FROM person_titles").fetchall() == [(None, None)]
        assert con.execute("SELECT name, documents, first_seen::VARCHAR FROM people").fetchall() == [
            ("Verna Inkiriwang", 1, "2023-05-02")]
        assert con.execute("SELECT count(*) FROM office_holders").fetchone()[0] == 0
    finally:
        con.close()
    officials = run_query(path, "SELECT person, region, province FROM officials").to_dict("records")
    assert officials == [{"person": "Verna Inkiriwang", "region": "Kabupaten Poso", "province": "Sulawesi Tengah"}]


def test_reopening_is_a_no_op(tmp_path):
    path = tmp_path / "new.duckdb"
    open_store(path).close()
    con = open_store(path)
    try:
        assert con.execute("SELECT count(*) FROM schema_version").fetchone()[0] == len(MIGRATIONS)
        assert con.execute("SELECT count(*) FROM regions").fetchone()[0] == 552
    finally:
        con.close()
