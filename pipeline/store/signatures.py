"""Near-duplicate persistence: MinHash signatures and LSH bands of stored documents, and the links from a
near-duplicate text to its original (whose document_sources gain the near-duplicate's sources)."""
from __future__ import annotations

from datetime import datetime, timezone

import duckdb
import numpy as np
import pyarrow as pa

from pipeline.normalize.dedup import from_bytes, to_bytes


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _register(con: duckdb.DuckDBPyConnection, name: str, rows: list[dict]) -> None:
    con.register(name, pa.Table.from_pylist(rows))


# Stored candidates compared per text. A pair of similarity s shares 40 * s**3 bands on average, so the
# closest documents share the most: comparing only these keeps the work per text bounded when a corpus holds
# many loosely similar texts (templates), which otherwise made every lookup slower as the store grew.
MAX_CANDIDATES = 20
_PROBES = pa.schema([("doc", pa.int32()), ("band", pa.int16()), ("key", pa.int64())])
_BANDS = pa.schema([("band", pa.int16()), ("key", pa.int64()), ("document_id", pa.string())])


def stored_candidates(con: duckdb.DuckDBPyConnection, keys: list[list[int]]) -> list[dict[str, np.ndarray]]:
    """For each text's band keys, the stored documents sharing the most bands with it (at least one; at most
    MAX_CANDIDATES), with their signatures.

    One query for a whole batch: a hash join of the batch's probes against document_bands costs one scan of
    the table per batch instead of one per document."""
    found: list[dict[str, np.ndarray]] = [{} for _ in keys]
    if not keys:
        return found
    probes = pa.Table.from_pydict({
        "doc": [i for i, ks in enumerate(keys) for _ in ks],
        "band": [b for ks in keys for b in range(len(ks))],
        "key": [k for ks in keys for k in ks]}, schema=_PROBES)
    con.register("_warta_probes", probes)
    try:
        rows = con.execute("""
            WITH hits AS (
                SELECT p.doc, b.document_id, count(*) AS shared
                FROM document_bands b JOIN _warta_probes p ON b.key = p.key AND b.band = p.band
                GROUP BY ALL
            ), best AS (
                SELECT * FROM hits
                QUALIFY row_number() OVER (PARTITION BY doc ORDER BY shared DESC, document_id) <= ?
            )
            SELECT b.doc, b.document_id, s.signature FROM best b JOIN document_signatures s USING (document_id)
        """, [MAX_CANDIDATES]).fetchall()
    finally:
        con.unregister("_warta_probes")
    for doc, doc_id, sig in rows:
        found[doc][doc_id] = from_bytes(sig)
    return found


def save_signatures(con: duckdb.DuckDBPyConnection, entries: list[tuple[str, np.ndarray, list[int]]]) -> None:
    """Store signatures and band keys; documents that already have a signature keep theirs (and their bands)."""
    if not entries:
        return
    # the primary key decides what is new (an indexed lookup, no scan of the band table)
    ids = list({d for d, _, _ in entries})
    stored = {r[0] for r in con.execute(
        "SELECT document_id FROM document_signatures WHERE document_id IN (SELECT unnest(?))", [ids]).fetchall()}
    entries = list({d: (d, s, k) for d, s, k in entries if d not in stored}.values())
    if not entries:
        return
    sigs = pa.Table.from_pydict({"document_id": [d for d, _, _ in entries],
                                 "signature": [to_bytes(s) for _, s, _ in entries]})
    con.register("_warta_sigs", sigs)
    try:
        con.execute("INSERT INTO document_signatures BY NAME SELECT * FROM _warta_sigs")
    finally:
        con.unregister("_warta_sigs")
    bands = pa.Table.from_pydict({
        "band": [b for _, _, keys in entries for b in range(len(keys))],
        "key": [k for _, _, keys in entries for k in keys],
        "document_id": [d for d, _, keys in entries for _ in keys]}, schema=_BANDS)
    con.register("_warta_bands", bands)
    try:
        con.execute("INSERT INTO document_bands BY NAME SELECT * FROM _warta_bands")
    finally:
        con.unregister("_warta_bands")


def known_near_duplicates(con: duckdb.DuckDBPyConnection, ids: list[str]) -> dict[str, str]:
    if not ids:
        return {}
    return dict(con.execute("SELECT document_id, original_id FROM near_duplicates WHERE document_id IN "
                            "(SELECT unnest(?))", [ids]).fetchall())


def link_near_duplicates(con: duckdb.DuckDBPyConnection, links: list[dict]) -> None:
    """links: {document_id, original_id, similarity, sources}; the originals gain those sources."""
    if not links:
        return
    now = _now()
    dups = [{"document_id": x["document_id"], "original_id": x["original_id"], "similarity": x["similarity"],
             "source": x["sources"][0], "found_at": now} for x in links]
    sources = [{"document_id": x["original_id"], "source": s, "first_seen": now, "last_seen": now}
               for x in links for s in x["sources"]]
    _register(con, "_warta_dups", dups)
    _register(con, "_warta_dup_sources", sources)
    try:
        con.execute("INSERT INTO near_duplicates BY NAME SELECT * FROM _warta_dups ON CONFLICT DO NOTHING")
        con.execute("""INSERT INTO document_sources BY NAME
                       SELECT DISTINCT ON (document_id, source) * FROM _warta_dup_sources
                       ON CONFLICT (document_id, source) DO UPDATE SET last_seen = excluded.last_seen""")
    finally:
        con.unregister("_warta_dups")
        con.unregister("_warta_dup_sources")


def touch_sources(con: duckdb.DuckDBPyConnection, pairs: list[tuple[str, str]]) -> None:
    """Record (document_id, source) sightings, e.g. a near-duplicate seen again."""
    if pairs:
        now = _now()
        link_rows = [{"document_id": d, "source": s, "first_seen": now, "last_seen": now} for d, s in pairs]
        _register(con, "_warta_touch", link_rows)
        try:
            con.execute("""INSERT INTO document_sources BY NAME
                           SELECT DISTINCT ON (document_id, source) * FROM _warta_touch
                           ON CONFLICT (document_id, source) DO UPDATE SET last_seen = excluded.last_seen""")
        finally:
            con.unregister("_warta_touch")


class Deduper:
    """Splits a batch of new texts into originals and near-duplicates of stored (or earlier) documents.

    Stored candidates come from the database, one query per batch; only the current batch's originals are
    kept in memory (until `commit` saves them), so memory does not grow with the run."""

    def __init__(self, con: duckdb.DuckDBPyConnection, threshold: float | None = None):
        from pipeline.normalize.dedup import THRESHOLD, NearDupIndex

        self.con = con
        self.enabled = threshold is None or threshold > 0
        self.index = NearDupIndex(threshold or THRESHOLD)
        self.pending: dict[str, tuple[np.ndarray, list[int]]] = {}
        if self.enabled:
            self.backfill()

    def backfill(self, batch: int = 500) -> int:
        """Signatures for documents stored before near-duplicate detection existed."""
        from pipeline.normalize.dedup import band_keys, signature

        done = 0
        while rows := self.con.execute(
                "SELECT document_id, text FROM documents WHERE document_id NOT IN "
                "(SELECT document_id FROM document_signatures) LIMIT ?", [batch]).fetchall():
            entries = []
            for doc_id, text in rows:
                sig = signature(text)
                entries.append((doc_id, sig, band_keys(sig)))
            save_signatures(self.con, entries)
            done += len(rows)
        return done

    def split(self, documents: list, known_ids: set[str]):
        """-> (keep, links, seen_again): documents to register, new near-duplicate links, and documents
        already known as near-duplicates as (document, original_id)."""
        from pipeline.normalize.dedup import band_keys, signature

        if not self.enabled:
            return documents, [], []
        unknown = [d for d in documents if d.id not in known_ids]
        seen_again = known_near_duplicates(self.con, [d.id for d in unknown])
        keep, links = [d for d in documents if d.id in known_ids], []
        again = [(d, seen_again[d.id]) for d in unknown if d.id in seen_again]
        todo = [d for d in unknown if d.id not in seen_again]
        sigs = [signature(d.text) for d in todo]
        keys = [band_keys(s) for s in sigs]
        stored = stored_candidates(self.con, keys)
        for d, sig, ks, candidates in zip(todo, sigs, keys, stored):
            match = self.index.match(sig, ks, candidates)
            if match:
                links.append({"document_id": d.id, "original_id": match[0], "similarity": round(match[1], 4),
                              "sources": [d.source] + [u for u in d.urls if u != d.source], "document": d})
                continue
            self.index.add(d.id, sig, ks)  # later texts of the same batch can be its near-duplicates
            self.pending[d.id] = (sig, ks)
            keep.append(d)
        link_near_duplicates(self.con, links)
        touch_sources(self.con, [(orig, d.source) for d, orig in again])
        return keep, links, again

    def commit(self) -> None:
        """Save the batch's originals; from now on the database finds them."""
        save_signatures(self.con, [(d, s, k) for d, (s, k) in self.pending.items()])
        self.pending.clear()
        self.index.clear()
