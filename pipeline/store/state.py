"""Source state between runs: validators per URL (ETag, Last-Modified), cursors per listing.

The StateBook is an in-memory copy the adapters read and write during a run; the flow process (the one
writer) saves it. Page entries are saved after their batch is loaded; listing cursors (a feed's ETag,
a WordPress site's modified_after) are deferred to the end of a run and dropped when a page of that listing
failed, so the next run asks again for what was missed.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import datetime, timezone

import duckdb
import pyarrow as pa

COLUMNS = ("source_key", "kind", "etag", "last_modified", "cursor", "document_id", "last_status",
           "last_fetched", "last_seen")


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


@dataclass
class SourceState:
    source_key: str  # a page URL, or a listing key such as 'wordpress:https://site'
    kind: str  # page | feed | sitemap | wordpress
    etag: str | None = None
    last_modified: str | None = None  # the server's Last-Modified, verbatim (sent back as If-Modified-Since)
    cursor: str | None = None  # WordPress modified_after, sitemap lastmod
    document_id: str | None = None
    last_status: int | None = None
    last_fetched: datetime | None = None
    last_seen: datetime | None = None


class StateBook:
    def __init__(self, rows: dict[str, SourceState] | None = None):
        self.rows = rows or {}
        self.dirty: set[str] = set()
        self.deferred: dict[str, dict] = {}
        self.spoiled: set[str] = set()

    def get(self, key: str) -> SourceState | None:
        return self.rows.get(key)

    def update(self, key: str, kind: str, **values) -> SourceState:
        row = self.rows.get(key) or SourceState(key, kind)
        for name, value in values.items():
            setattr(row, name, value)
        row.last_seen = _now()
        self.rows[key] = row
        self.dirty.add(key)
        return row

    def defer(self, key: str, kind: str, **values) -> None:
        """Apply at the end of a run, unless `spoil(key)` was called meanwhile."""
        self.deferred[key] = {"kind": kind, **values}

    def spoil(self, key: str | None) -> None:
        if key:
            self.spoiled.add(key)

    def finish(self) -> None:
        for key, values in self.deferred.items():
            if key not in self.spoiled:
                self.update(key, **values)
        self.deferred.clear()
        self.spoiled.clear()


def load_state(con: duckdb.DuckDBPyConnection) -> StateBook:
    cursor = con.execute(f"SELECT {', '.join(COLUMNS)} FROM source_state")
    return StateBook({row[0]: SourceState(*row) for row in cursor.fetchall()})


def save_state(con: duckdb.DuckDBPyConnection, book: StateBook) -> int:
    """Upsert the changed rows in one statement; returns how many."""
    if not book.dirty:
        return 0
    rows = [asdict(book.rows[key]) for key in sorted(book.dirty)]
    schema = pa.schema([(f.name, _ARROW_TYPES[f.name]) for f in fields(SourceState)])
    con.register("_warta_state", pa.Table.from_pylist(rows, schema=schema))
    try:
        updates = ", ".join(f"{c} = excluded.{c}" for c in COLUMNS[1:])
        con.execute(f"INSERT INTO source_state BY NAME SELECT * FROM _warta_state "
                    f"ON CONFLICT (source_key) DO UPDATE SET {updates}")
    finally:
        con.unregister("_warta_state")
    book.dirty.clear()
    return len(rows)


_ARROW_TYPES = {
    "source_key": pa.string(), "kind": pa.string(), "etag": pa.string(), "last_modified": pa.string(),
    "cursor": pa.string(), "document_id": pa.string(), "last_status": pa.int32(),
    "last_fetched": pa.timestamp("us"), "last_seen": pa.timestamp("us"),
}
