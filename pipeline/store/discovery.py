"""Discovered themes in the store: run topic discovery over the stored documents, keep the latest result.

Tables (migration 2): discovered_themes (theme_id, rank, term, weight), document_themes (document_id, theme_id,
weight), discovery_runs (one row per run). A run replaces the previous themes as a whole.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

import duckdb
import pyarrow as pa

TOP_TERMS = 15  # terms stored per theme (at most)


@dataclass
class Discovery:
    method: str
    themes: list[list[tuple[str, float]]]  # per theme: (term, weight), strongest first
    document_weights: list[list[float]]  # per document (same order as the texts): weight of each theme


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> None:
    if not rows:
        return
    con.register("_warta_rows", pa.Table.from_pylist(rows))
    try:
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _warta_rows")
    finally:
        con.unregister("_warta_rows")


def store_discovery(con: duckdb.DuckDBPyConnection, document_ids: list[str], found: Discovery,
                    n_topics: int) -> str:
    """Replace the stored themes with `found` in one transaction; returns the run id."""
    theme_rows = [{"theme_id": t, "rank": r, "term": term, "weight": float(w)}
                  for t, terms in enumerate(found.themes) for r, (term, w) in enumerate(terms[:TOP_TERMS], 1)]
    doc_rows = [{"document_id": d, "theme_id": t, "weight": float(w)}
                for d, weights in zip(document_ids, found.document_weights) for t, w in enumerate(weights)
                if w > 0]
    run_id = uuid.uuid4().hex[:12]
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM discovered_themes")
        con.execute("DELETE FROM document_themes")
        _insert(con, "discovered_themes", theme_rows)
        _insert(con, "document_themes", doc_rows)
        con.execute("INSERT INTO discovery_runs VALUES (?, ?, ?, ?, ?)",
                    [run_id, datetime.now(timezone.utc).replace(tzinfo=None), found.method, n_topics,
                     len(document_ids)])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return run_id


def discover(con: duckdb.DuckDBPyConnection, n_topics: int = 8) -> tuple[str, Discovery, int]:
    """Discover themes over every stored document's text; returns (run id, result, documents used)."""
    from pipeline.extract.topic_discovery import discover_themes

    rows = con.execute("SELECT document_id, text FROM documents ORDER BY document_id").fetchall()
    ids, texts = [r[0] for r in rows], [r[1] for r in rows]
    found = as_discovery(discover_themes(texts, n_topics, n_terms=TOP_TERMS)) if texts \
        else Discovery("none", [], [])
    return store_discovery(con, ids, found, n_topics), found, len(ids)


def as_discovery(result) -> Discovery:
    """A Discovery from what `discover_themes` returns (DiscoveredTopics: terms, term_weights, doc_topics)."""
    if isinstance(result, Discovery):
        return result
    themes = [list(zip(terms, weights)) for terms, weights in zip(result.terms, result.term_weights)]
    return Discovery("nmf", themes, [list(map(float, row)) for row in result.doc_topics])
