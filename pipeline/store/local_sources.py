"""Local files are one source whatever path reached them: sources are absolute, resolved paths.

Stores written before that kept a file's path as given (`corpus/a.txt` from one run, `/home/x/warta/corpus/a.txt`
from another), so the same file counted as two sources. `adopt_relative_sources` rewrites the relative paths
that name files of the current run's source (resolved against the working folder, as they were written) to
their absolute form, merging each with its absolute twin when there is one.
"""
from __future__ import annotations

from pathlib import Path

import duckdb

from pipeline.sources.detect import canonical_source


def adopt_relative_sources(con: duckdb.DuckDBPyConnection, root: str) -> int:
    """Rewrite relative source paths under `root` (an absolute path) in every table naming sources; returns
    how many document_sources rows were rewritten or merged."""
    rows = con.execute("SELECT DISTINCT source FROM document_sources WHERE source NOT LIKE '/%' "
                       "AND source NOT LIKE '%://%' AND source <> '-'").fetchall()
    mapping = {}
    for (source,) in rows:
        absolute = canonical_source(source)
        if absolute != source and (absolute == root or absolute.startswith(root.rstrip("/") + "/")):
            mapping[source] = absolute
    if not mapping:
        return 0
    con.register("_warta_paths", _pairs(mapping))
    try:
        con.execute("BEGIN")
        # a relative row whose absolute twin exists is merged into it (earliest first_seen, latest last_seen)
        con.execute("""
            UPDATE document_sources d SET first_seen = least(d.first_seen, r.first_seen),
                                          last_seen = greatest(d.last_seen, r.last_seen)
            FROM document_sources r JOIN _warta_paths p ON r.source = p.old
            WHERE d.document_id = r.document_id AND d.source = p.new""")
        con.execute("""
            DELETE FROM document_sources r USING _warta_paths p
            WHERE r.source = p.old AND EXISTS (SELECT 1 FROM document_sources d
                                               WHERE d.document_id = r.document_id AND d.source = p.new)""")
        con.execute("""
            INSERT INTO document_sources BY NAME
            SELECT r.document_id, p.new AS source, r.first_seen, r.last_seen
            FROM document_sources r JOIN _warta_paths p ON r.source = p.old""")
        con.execute("DELETE FROM document_sources r USING _warta_paths p WHERE r.source = p.old")
        con.execute("UPDATE documents d SET source = p.new FROM _warta_paths p WHERE d.source = p.old")
        con.execute("UPDATE near_duplicates d SET source = p.new FROM _warta_paths p WHERE d.source = p.old")
        con.execute("DELETE FROM rejects r USING _warta_paths p WHERE r.source = p.old")  # re-judged this run
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    finally:
        con.unregister("_warta_paths")
    return len(mapping)


def _pairs(mapping: dict[str, str]):
    import pyarrow as pa

    return pa.table({"old": list(mapping), "new": list(mapping.values())})
