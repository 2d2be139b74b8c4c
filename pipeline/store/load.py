"""Bulk loads: documents, their sources, facts and rejects. Never row by row; a batch is one transaction.

A document's facts are replaced as a whole (delete + insert in the same transaction), so a rerun or a crash
mid-load leaves either the old facts or the new ones, never a mix.
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

import duckdb
import pyarrow as pa

from pipeline.normalize.document import Document
from pipeline.rejects import Reject
from pipeline.store.schema import FACT_TABLES
from pipeline.version import extractor_version

if TYPE_CHECKING:  # importing pipeline.extract loads spaCy (and torch): not needed to read or load
    from pipeline.extract.facts import Facts

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


def fact_rows(facts: Facts) -> dict[str, list[dict[str, Any]]]:
    """Rows of every fact table for one document."""
    doc, v = facts.document_id, facts.extractor_version
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)

    def first(spans):
        return (spans[0][0], spans[0][1]) if spans else (None, None)

    def mention(kind: str, fact_id: int, span, text: str | None = None) -> None:
        if span:
            rows["mentions"].append({"document_id": doc, "kind": kind, "fact_id": fact_id, "text": text,
                                     "start_char": span[0], "end_char": span[1], "extractor_version": v})

    for i, p in enumerate(facts.persons):
        s, e = first(p.spans)
        rows["persons"].append({"document_id": doc, "person_id": i, "name": p.name, "honorifics": p.honorifics,
                                "degrees": p.degrees, "start_char": s, "end_char": e, "extractor_version": v})
        for span in p.spans:
            mention("person", i, span, p.name)
        for j, t in enumerate(p.titles):
            ts, te = t.span or (None, None)
            rows["person_titles"].append({
                "document_id": doc, "person_id": i, "title_id": j, "title": t.text, "head": t.head,
                "acting": t.acting, "portfolio": t.portfolio, "organization": t.organization,
                "region_code": t.region_code, "start_char": ts, "end_char": te, "extractor_version": v})
    for i, o in enumerate(facts.organizations):
        s, e = first(o.spans)
        rows["organizations"].append({
            "document_id": doc, "org_id": i, "name": o.name, "kind": o.kind, "org_key": o.key,
            "acronym": o.acronym, "unit_kind": o.unit_kind, "portfolio": o.portfolio,
            "jurisdiction": o.jurisdiction, "region_code": o.region_code, "parent": o.parent,
            "start_char": s, "end_char": e, "extractor_version": v})
        rows["organization_aliases"].extend(
            {"document_id": doc, "org_id": i, "alias": a} for a in o.aliases)
        for span in o.spans:
            mention("organization", i, span, o.name)
    for i, p in enumerate(facts.places):
        s, e = first(p.spans)
        rows["places"].append({
            "document_id": doc, "place_id": i, "name": p.name, "kind": p.kind, "code": p.code,
            "province_code": p.province, "path": p.path, "start_char": s, "end_char": e, "extractor_version": v})
        for span in p.spans:
            mention("place", i, span, p.name)
    for i, ven in enumerate(facts.venues):
        s, e = first(ven.spans)
        rows["venues"].append({"document_id": doc, "venue_id": i, "name": ven.name, "place": ven.place,
                               "start_char": s, "end_char": e, "extractor_version": v})
        for span in ven.spans:
            mention("venue", i, span, ven.name)
    for i, d in enumerate(facts.dates):
        s, e = d.span or (None, None)
        rows["dates"].append({"document_id": doc, "date_id": i, "text": d.text, "start_date": d.start,
                              "end_date": d.end, "weekday_conflict": d.weekday_conflict,
                              "start_char": s, "end_char": e, "extractor_version": v})
        mention("date", i, d.span, d.text)
    for i, t in enumerate(facts.themes):
        s, e = t.span or (None, None)
        rows["themes"].append({"document_id": doc, "theme_id": i, "text": t.text, "start_char": s,
                               "end_char": e, "extractor_version": v})
        mention("theme", i, t.span, t.text)
    for i, t in enumerate(facts.topics):
        rows["topics"].append({"document_id": doc, "rank": i + 1, "label": t.label, "score": float(t.score),
                               "extractor_version": v})
    for i, r in enumerate(facts.representations):
        s, e = r.span or (None, None)
        rows["representations"].append({
            "document_id": doc, "representation_id": i, "principal": r.principal,
            "representative": r.representative, "relation": r.relation, "start_char": s, "end_char": e,
            "extractor_version": v})
        mention("representation", i, r.span, f"{r.principal} <- {r.representative}")
    events = ([facts.main_event] if facts.main_event else []) + list(facts.events)
    for i, ev in enumerate(events):
        s, e = ev.span or (None, None)
        rows["event_facts"].append({
            "document_id": doc, "event_id": i, "is_main": ev is facts.main_event, "name": ev.name,
            "kind": ev.kind, "start_date": ev.start, "end_date": ev.end, "place": ev.place,
            "place_code": ev.place_code, "venue": ev.venue, "organizer": ev.organizer, "future": ev.future,
            "start_char": s, "end_char": e, "extractor_version": v})
        mention("event", i, ev.span, ev.name)
        for role in ev.roles:
            rs, re_ = role.span or (None, None)
            rows["event_role_facts"].append({
                "document_id": doc, "event_id": i, "role": role.role, "name": role.name,
                "start_char": rs, "end_char": re_, "extractor_version": v})
    rows["facts_json"].append({"document_id": doc, "facts": json.dumps(facts.to_json(), ensure_ascii=False),
                               "extractor_version": v})
    return rows


def load_facts(con: duckdb.DuckDBPyConnection, facts_list: Iterable[Facts]) -> dict[str, int]:
    """Replace the facts of these documents in one transaction; returns row counts per table."""
    facts_list = list(facts_list)
    if not facts_list:
        return {}
    tables: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for facts in facts_list:
        for table, rows in fact_rows(facts).items():
            tables[table].extend(rows)
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
            _insert(con, table, tables.get(table, []))
        versions = pa.Table.from_pylist(
            [{"document_id": f.document_id, "extractor_version": f.extractor_version} for f in facts_list])
        con.register("_warta_versions", versions)
        try:
            con.execute("""
                UPDATE documents SET extractor_version = v.extractor_version, extracted_at = ?
                FROM _warta_versions v WHERE documents.document_id = v.document_id
            """, [now])
        finally:
            con.unregister("_warta_versions")
    return {t: len(r) for t, r in tables.items()}


def record_rejects(con: duckdb.DuckDBPyConnection, rejects: Iterable[Reject], run_id: str | None = None) -> None:
    """One row per rejected source (a rerun replaces it rather than adding another)."""
    rows = [{"source": r.source, "stage": r.stage, "reason": r.reason,
             "rejected_at": r.at.replace(tzinfo=None), "run_id": run_id} for r in rejects]
    if not rows:
        return
    with _transaction(con):
        con.execute("DELETE FROM rejects WHERE source IN (SELECT unnest(?))", [[r["source"] for r in rows]])
        _insert(con, "rejects", rows)
