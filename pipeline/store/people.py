"""The tables `people` and `people_documents`: persons of all documents linked into humans (resolve/people.py).

Rebuilt as a whole from the stored facts after every load, in the load's transaction: the same facts give the
same people and the same person ids (idempotent). A run that loads many batches defers the rebuild to its end
(`deferred_rebuild`), since every rebuild reads all stored persons.
"""
from __future__ import annotations

from contextlib import contextmanager

import duckdb
import pyarrow as pa

from pipeline.resolve.people import Record, display_name, link

# A document's date: its main event's first day, else its publication date.
DOCUMENT_DATES = """
    SELECT d.document_id, coalesce(min(e.start_date), d.published) AS date
    FROM documents d LEFT JOIN event_facts e ON e.document_id = d.document_id AND e.is_main
    GROUP BY d.document_id, d.published
"""

_RECORDS = """
    SELECT p.document_id, p.person_id, p.name,
           list(DISTINCT t.region_code) FILTER (WHERE t.region_code IS NOT NULL) AS regions,
           list(DISTINCT t.post_key) FILTER (WHERE t.post_key IS NOT NULL) AS posts,
           list(DISTINCT lower(t.organization)) FILTER (WHERE t.organization IS NOT NULL) AS orgs,
           any_value(coalesce(k.kabupaten_kota_code, k.province_code)) AS doc_region
    FROM persons p
    LEFT JOIN person_titles t USING (document_id, person_id)
    LEFT JOIN document_facet_keys k USING (document_id)
    GROUP BY p.document_id, p.person_id, p.name
    ORDER BY p.document_id, p.person_id
"""


def records(con: duckdb.DuckDBPyConnection) -> list[Record]:
    return [Record(doc, idx, name, frozenset(regions or ()), frozenset(posts or ()), frozenset(orgs or ()), region)
            for doc, idx, name, regions, posts, orgs, region in con.execute(_RECORDS).fetchall()]


def rebuild_people(con: duckdb.DuckDBPyConnection) -> int:
    """Replace `people` and `people_documents` from the stored persons; returns the number of people."""
    recs = records(con)
    clusters = link(recs)
    dates = dict(con.execute(DOCUMENT_DATES).fetchall())
    links = {"person_id": [], "document_id": [], "doc_person_id": [], "name": []}
    people = {"person_id": [], "name": [], "aliases": [], "first_seen": [], "last_seen": [], "documents": []}
    for c in clusters:
        names = [r.name for r in c.records]
        name = display_name(names)
        seen = [dates.get(r.document_id) for r in c.records if dates.get(r.document_id) is not None]
        people["person_id"].append(c.person_id)
        people["name"].append(name)
        people["aliases"].append(sorted(set(names) - {name}))
        people["first_seen"].append(min(seen) if seen else None)
        people["last_seen"].append(max(seen) if seen else None)
        people["documents"].append(len({r.document_id for r in c.records}))
        for r in c.records:
            links["person_id"].append(c.person_id)
            links["document_id"].append(r.document_id)
            links["doc_person_id"].append(r.index)
            links["name"].append(r.name)
    con.execute("DELETE FROM people_documents")
    con.execute("DELETE FROM people")
    for table, cols in (("people", people), ("people_documents", links)):
        if not cols["person_id"]:
            continue
        arrow = pa.table({k: pa.array(v, type=_TYPES.get(k)) for k, v in cols.items()})
        con.register("_warta_people", arrow)
        try:
            con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _warta_people")
        finally:
            con.unregister("_warta_people")
    return len(clusters)


_TYPES = {"aliases": pa.list_(pa.string()), "first_seen": pa.date32(), "last_seen": pa.date32(),
          "documents": pa.int32(), "doc_person_id": pa.int32()}


_DEFERRED: dict[int, bool] = {}  # id of a connection inside deferred_rebuild -> whether a load happened


def after_load(con: duckdb.DuckDBPyConnection) -> None:
    """Called by every load, inside its transaction: rebuild now, or at the end of the enclosing run."""
    if id(con) in _DEFERRED:
        _DEFERRED[id(con)] = True
    else:
        rebuild_people(con)


@contextmanager
def deferred_rebuild(con: duckdb.DuckDBPyConnection):
    """Loads inside this block rebuild `people` once, when it ends (also when it ends with an error: what was
    loaded is linked)."""
    key = id(con)
    outer = key in _DEFERRED
    _DEFERRED.setdefault(key, False)
    try:
        yield
    finally:
        if not outer:
            loaded = _DEFERRED.pop(key, False)
            if loaded:
                con.execute("BEGIN TRANSACTION")
                try:
                    rebuild_people(con)
                    con.execute("COMMIT")
                except Exception:
                    con.execute("ROLLBACK")
                    raise
