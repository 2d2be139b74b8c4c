"""Bulk loads: documents, their sources, facts and rejects. Never row by row; a batch is one transaction.

A document's facts are replaced as a whole (delete + insert in the same transaction), so a rerun or a crash
mid-load leaves either the old facts or the new ones, never a mix.
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime, timezone
from typing import Any

import duckdb
import pyarrow as pa

from pipeline.records import Document, Facts
from pipeline.rejects import Reject
from pipeline.store.schema import FACT_TABLES
from pipeline.version import extractor_version

NEW, STALE, UNCHANGED = "new", "stale", "unchanged"


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    arrow = pa.Table.from_pylist(rows)
    con.register("_warta_rows", arrow)
    try:
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _warta_rows")
    finally:
        con.unregister("_warta_rows")


def _transaction(con: duckdb.DuckDBPyConnection):
    class _Tx:
        def __enter__(self):
            con.execute("BEGIN TRANSACTION")

        def __exit__(self, exc_type, exc, tb):
            con.execute("ROLLBACK" if exc_type else "COMMIT")
            return False

    return _Tx()


def register_documents(con: duckdb.DuckDBPyConnection, documents: Iterable[Document],
                       version: str | None = None) -> dict[str, str]:
    """Insert new documents and record every source; returns {document_id: new|stale|unchanged}."""
    version = version or extractor_version()
    documents = list(documents)
    if not documents:
        return {}
    ids = list({d.id for d in documents})
    known = dict(con.execute(
        "SELECT document_id, coalesce(extractor_version, '') FROM documents WHERE document_id IN (SELECT unnest(?))",
        [ids]).fetchall())
    now = _now()
    status: dict[str, str] = {}
    new_rows, source_rows = [], []
    for d in documents:
        if d.id in status:
            pass
        elif d.id not in known:
            status[d.id] = NEW
            new_rows.append({
                "document_id": d.id, "source": d.source, "url": d.url, "title": d.title,
                "published": d.published, "text": d.text, "content_hash": d.content_hash,
                "language": d.language, "media_type": d.media_type, "word_count": d.word_count,
                "ingested_at": now,
            })
        else:
            status[d.id] = UNCHANGED if known[d.id] == version else STALE
        source_rows.append({"document_id": d.id, "source": d.source, "first_seen": now, "last_seen": now})
        for url in d.urls:
            if url != d.source:
                source_rows.append({"document_id": d.id, "source": url, "first_seen": now, "last_seen": now})
    with _transaction(con):
        _insert(con, "documents", new_rows)
        if source_rows:
            arrow = pa.Table.from_pylist(source_rows)
            con.register("_warta_sources", arrow)
            try:
                con.execute("""
                    INSERT INTO document_sources BY NAME
                    SELECT DISTINCT ON (document_id, source) * FROM _warta_sources
                    ON CONFLICT (document_id, source) DO UPDATE SET last_seen = excluded.last_seen
                """)
            finally:
                con.unregister("_warta_sources")
        # A source that now loads is no longer a reject.
        con.execute("DELETE FROM rejects WHERE source IN (SELECT unnest(?))", [[d.source for d in documents]])
    return status


# Columns of each fact table in the order `fact_rows` builds its tuples (one Arrow column each).
COLUMNS: dict[str, tuple[str, ...]] = {
    "mentions": ("document_id", "kind", "fact_id", "text", "start_char", "end_char", "extractor_version"),
    "persons": ("document_id", "person_id", "name", "honorifics", "degrees", "start_char", "end_char",
                "extractor_version"),
    "person_titles": ("document_id", "person_id", "title_id", "title", "head", "acting", "portfolio",
                      "organization", "region_code", "start_char", "end_char", "extractor_version", "post",
                      "post_key", "status"),
    "organizations": ("document_id", "org_id", "name", "kind", "org_key", "acronym", "unit_kind", "portfolio",
                      "jurisdiction", "region_code", "parent", "start_char", "end_char", "extractor_version"),
    "organization_aliases": ("document_id", "org_id", "alias"),
    "places": ("document_id", "place_id", "name", "kind", "code", "province_code", "path", "start_char",
               "end_char", "extractor_version"),
    "venues": ("document_id", "venue_id", "name", "place", "start_char", "end_char", "extractor_version"),
    "dates": ("document_id", "date_id", "text", "start_date", "end_date", "weekday_conflict", "start_char",
              "end_char", "extractor_version"),
    "themes": ("document_id", "theme_id", "text", "start_char", "end_char", "extractor_version"),
    "topics": ("document_id", "rank", "label", "score", "extractor_version"),
    "representations": ("document_id", "representation_id", "principal", "representative", "relation",
                        "start_char", "end_char", "extractor_version"),
    "event_facts": ("document_id", "event_id", "is_main", "name", "kind", "start_date", "end_date", "place",
                    "place_code", "venue", "organizer", "future", "start_char", "end_char", "extractor_version"),
    "event_role_facts": ("document_id", "event_id", "role", "name", "start_char", "end_char", "extractor_version"),
    "facts_json": ("document_id", "facts", "extractor_version"),
}
_NO_SPAN = (None, None)


def fact_rows(facts: Facts, rows: dict[str, list[tuple]] | None = None) -> dict[str, list[tuple]]:
    """Rows (tuples in COLUMNS order) of every fact table for one document, appended to `rows` if given.

    Tuples rather than dicts, turned into Arrow column by column: building rows was half of a load."""
    rows = rows if rows is not None else defaultdict(list)
    doc, v = facts.document_id, facts.extractor_version
    mentions = rows["mentions"]
    add_persons, add_titles = rows["persons"].append, rows["person_titles"].append

    for i, p in enumerate(facts.persons):
        s, e = p.spans[0][:2] if p.spans else _NO_SPAN
        add_persons((doc, i, p.name, p.honorifics, p.degrees, s, e, v))
        mentions.extend((doc, "person", i, p.name, sp[0], sp[1], v) for sp in p.spans if sp)
        for j, t in enumerate(p.titles):
            ts, te = t.span or _NO_SPAN
            add_titles((doc, i, j, t.text, t.head, t.acting, t.portfolio, t.organization, t.region_code, ts, te, v,
                        t.post, t.post_key, t.status))
    for i, o in enumerate(facts.organizations):
        s, e = o.spans[0][:2] if o.spans else _NO_SPAN
        rows["organizations"].append((doc, i, o.name, o.kind, o.key, o.acronym, o.unit_kind, o.portfolio,
                                      o.jurisdiction, o.region_code, o.parent, s, e, v))
        rows["organization_aliases"].extend((doc, i, a) for a in o.aliases)
        mentions.extend((doc, "organization", i, o.name, sp[0], sp[1], v) for sp in o.spans if sp)
    for i, p in enumerate(facts.places):
        s, e = p.spans[0][:2] if p.spans else _NO_SPAN
        rows["places"].append((doc, i, p.name, p.kind, p.code, p.province, p.path, s, e, v))
        mentions.extend((doc, "place", i, p.name, sp[0], sp[1], v) for sp in p.spans if sp)
    for i, ven in enumerate(facts.venues):
        s, e = ven.spans[0][:2] if ven.spans else _NO_SPAN
        rows["venues"].append((doc, i, ven.name, ven.place, s, e, v))
        mentions.extend((doc, "venue", i, ven.name, sp[0], sp[1], v) for sp in ven.spans if sp)
    for i, d in enumerate(facts.dates):
        s, e = d.span or _NO_SPAN
        rows["dates"].append((doc, i, d.text, d.start, d.end, d.weekday_conflict, s, e, v))
        if d.span:
            mentions.append((doc, "date", i, d.text, s, e, v))
    for i, t in enumerate(facts.themes):
        s, e = t.span or _NO_SPAN
        rows["themes"].append((doc, i, t.text, s, e, v))
        if t.span:
            mentions.append((doc, "theme", i, t.text, s, e, v))
    rows["topics"].extend((doc, i + 1, t.label, float(t.score), v) for i, t in enumerate(facts.topics))
    for i, r in enumerate(facts.representations):
        s, e = r.span or _NO_SPAN
        rows["representations"].append((doc, i, r.principal, r.representative, r.relation, s, e, v))
        if r.span:
            mentions.append((doc, "representation", i, f"{r.principal} <- {r.representative}", s, e, v))
    events = ([facts.main_event] if facts.main_event else []) + list(facts.events)
    for i, ev in enumerate(events):
        s, e = ev.span or _NO_SPAN
        rows["event_facts"].append((doc, i, ev is facts.main_event, ev.name, ev.kind, ev.start, ev.end, ev.place,
                                    ev.place_code, ev.venue, ev.organizer, ev.future, s, e, v))
        if ev.span:
            mentions.append((doc, "event", i, ev.name, s, e, v))
        rows["event_role_facts"].extend((doc, i, role.role, role.name, *(role.span or _NO_SPAN), v)
                                        for role in ev.roles)
    rows["facts_json"].append((doc, json.dumps(facts.to_json(), ensure_ascii=False), v))
    return rows


def _arrow(table: str, rows: list[tuple]) -> pa.Table:
    columns = COLUMNS[table]
    return pa.Table.from_arrays([pa.array(list(c)) for c in zip(*rows)], names=list(columns))


def _insert_arrow(con: duckdb.DuckDBPyConnection, table: str, arrow: pa.Table) -> None:
    con.register("_warta_rows", arrow)
    try:
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _warta_rows")
    finally:
        con.unregister("_warta_rows")


def load_facts(con: duckdb.DuckDBPyConnection, facts_list: Iterable[Facts]) -> dict[str, int]:
    """Replace the facts of these documents in one transaction; returns row counts per table."""
    from pipeline.store.facets import refresh_batch
    from pipeline.store.people import after_load

    facts_list = list(facts_list)
    if not facts_list:
        return {}
    rows: dict[str, list[tuple]] = defaultdict(list)
    for facts in facts_list:
        fact_rows(facts, rows)
    tables = {t: _arrow(t, r) for t, r in rows.items() if r}
    ids = [f.document_id for f in facts_list]
    now = _now()
    with _transaction(con):
        # Facts are written whole with their facts_json row, so only documents that have one need a delete
        # (an indexed lookup; the deletes scan whole tables, which made first loads slower as the store grew).
        stored = [r[0] for r in con.execute(
            "SELECT document_id FROM facts_json WHERE document_id IN (SELECT unnest(?))", [ids]).fetchall()]
        for table in FACT_TABLES if stored else ():
            con.execute(f"DELETE FROM {table} WHERE document_id IN (SELECT unnest(?))", [stored])
        for table in FACT_TABLES:
            if table in tables:
                _insert_arrow(con, table, tables[table])
        refresh_batch(con, ids, tables)
        after_load(con)  # people across documents, from all stored persons (at once, or at the end of a run)
        versions = pa.table({"document_id": ids, "extractor_version": [f.extractor_version for f in facts_list]})
        con.register("_warta_versions", versions)
        try:
            con.execute("""
                UPDATE documents SET extractor_version = v.extractor_version, extracted_at = ?
                FROM _warta_versions v WHERE documents.document_id = v.document_id
            """, [now])
        finally:
            con.unregister("_warta_versions")
    return {t: len(r) for t, r in rows.items() if r}


def record_rejects(con: duckdb.DuckDBPyConnection, rejects: Iterable[Reject], run_id: str | None = None) -> None:
    """One row per rejected source (a rerun replaces it rather than adding another)."""
    rows = [{"source": r.source, "stage": r.stage, "reason": r.reason,
             "rejected_at": r.at.replace(tzinfo=None), "run_id": run_id} for r in rejects]
    if not rows:
        return
    with _transaction(con):
        con.execute("DELETE FROM rejects WHERE source IN (SELECT unnest(?))", [[r["source"] for r in rows]])
        _insert(con, "rejects", rows)
