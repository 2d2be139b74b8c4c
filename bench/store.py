"""DuckDB load rate (rows/s) and the latency of every analyst view on N facts (default 1,000,000).

    python bench/store.py [--facts 1000000] [--batch 1000] [--repeat 3] [--db PATH]

Synthetic documents and Facts (bench/synthetic.py) are built before each batch is timed, then loaded with
`register_documents` + `load_facts` exactly as a run loads them (people across documents linked once, after the
last batch, as a run does). The views are listed from the database
(whatever pipeline/store/views.sql defines when this runs); each is timed on a fresh read-only connection,
as an analyst would query it: the full result fetched as Arrow, and a count(*) over it.
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import common  # noqa: F401  (environment first)
from common import machine, peak_rss_mb, save


def load(db: Path, n_facts: int, batch: int) -> dict:
    from synthetic import synthetic

    from pipeline.store.db import open_store
    from pipeline.store.load import load_facts, register_documents
    from pipeline.store.people import deferred_rebuild

    con = open_store(db)
    timings = {"register": 0.0, "load": 0.0, "build": 0.0}
    rows = {"facts": 0, "mentions": 0, "facts_json": 0}
    i = 0
    try:
        linking = deferred_rebuild(con)
        linking.__enter__()
        while rows["facts"] < n_facts:
            started = time.perf_counter()
            pairs = [synthetic(k) for k in range(i, i + batch)]
            timings["build"] += time.perf_counter() - started
            started = time.perf_counter()
            register_documents(con, [d for d, _ in pairs], version="bench+0")
            timings["register"] += time.perf_counter() - started
            started = time.perf_counter()
            counts = load_facts(con, [f for _, f in pairs])
            timings["load"] += time.perf_counter() - started
            for table, n in counts.items():
                rows[table if table in ("mentions", "facts_json") else "facts"] += n
            i += batch
        started = time.perf_counter()
        linking.__exit__(None, None, None)
        timings["people"] = time.perf_counter() - started
        started = time.perf_counter()
        con.execute("CHECKPOINT")
        timings["checkpoint"] = time.perf_counter() - started
    finally:
        con.close()
    all_rows = sum(rows.values()) + i  # + document rows
    seconds = timings["register"] + timings["load"] + timings["people"] + timings["checkpoint"]
    return {
        "documents": i, "fact_rows": rows["facts"], "mention_rows": rows["mentions"], "all_rows": all_rows,
        "batch_documents": batch, "seconds": {k: round(v, 2) for k, v in timings.items()},
        "fact_rows_per_second": round(rows["facts"] / seconds),
        "all_rows_per_second": round(all_rows / seconds),
        "documents_per_second": round(i / seconds),
        "db_size_mb": round(db.stat().st_size / 1e6, 1),
    }


def _median_ms(fn, repeat: int) -> float:
    fn()  # warm the file cache and the catalog
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return round(statistics.median(times) * 1000, 1)


def views(db: Path, repeat: int) -> dict:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        names = [r[0] for r in con.execute(
            "SELECT view_name FROM duckdb_views() WHERE NOT internal AND schema_name = 'main' ORDER BY 1").fetchall()]
        result = {}
        for name in names:
            try:
                n = con.execute(f'SELECT count(*) FROM "{name}"').fetchall()[0][0]
                result[name] = {
                    "rows": n,
                    "fetch_all_ms": _median_ms(lambda: con.sql(f'SELECT * FROM "{name}"').to_arrow_table(), repeat),
                    "count_ms": _median_ms(lambda: con.execute(f'SELECT count(*) FROM "{name}"').fetchall(), repeat),
                }
                result[name]["under_200_ms"] = result[name]["fetch_all_ms"] < 200
            except duckdb.Error as exc:  # a view being rewritten right now: report it, time the others
                result[name] = {"error": f"{type(exc).__name__}: {exc}"[:300]}
        return result
    finally:
        con.close()


def run(n_facts: int = 1_000_000, batch: int = 1000, repeat: int = 3, db: Path | None = None) -> dict:
    with tempfile.TemporaryDirectory(prefix="warta-bench-store-") as tmp:
        db = db or Path(tmp) / "store.duckdb"
        result = {"benchmark": "store", "machine": machine(), "target_facts": n_facts,
                  "load": load(db, n_facts, batch), "views": views(db, repeat)}
        result["slowest_view_ms"] = max((v.get("fetch_all_ms", 0) for v in result["views"].values()), default=None)
        result["peak_rss_mb"] = round(peak_rss_mb())
    return result


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=1_000_000)
    parser.add_argument("--batch", type=int, default=1000, help="documents per load transaction")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--db", type=Path, default=None, help="keep the database here (default: a temp dir)")
    args = parser.parse_args(argv)
    result = run(args.facts, args.batch, args.repeat, args.db)
    save("store", result)
    return result


if __name__ == "__main__":
    main()
