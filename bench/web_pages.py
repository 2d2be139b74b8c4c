"""Latency of each page type of `warta serve` on a large store (default: the 1M-fact store of bench/store.py).

    python bench/web_pages.py [--db PATH] [--facts 1000000] [--repeat 5]

Without --db (or when the file does not exist) the store is built first with bench/store.py's loader. Each
page is requested through the application (Starlette's test client: routing, a fresh read-only connection,
the queries, the template) and timed end to end; the figure is the median of --repeat requests after one
warm-up. Sample keys (a frequent person, an organization, a province and a kabupaten, an event, a document)
are read from the store itself.
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import common  # noqa: F401  (environment first)
from common import machine, save

TARGET_MS = 300


def sample_urls(db: Path) -> dict[str, str]:
    import duckdb

    from pipeline.web.queries import slug

    con = duckdb.connect(str(db), read_only=True)
    try:
        person = con.execute("SELECT name FROM persons GROUP BY name ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
        has_people = con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'people'").fetchone()[0]
        person_key = con.execute("SELECT person_id FROM people ORDER BY documents DESC LIMIT 1").fetchone()[0] \
            if has_people else slug(person)
        org = con.execute("""SELECT coalesce(org_key, lower(name)) || coalesce(' @' || region_code, '')
                             FROM organizations GROUP BY ALL ORDER BY count(*) DESC LIMIT 1""").fetchone()[0]
        province, kabkota = con.execute("""SELECT province_code, kabupaten_kota_code FROM document_facet_keys
                                           WHERE kabupaten_kota_code IS NOT NULL
                                           GROUP BY ALL ORDER BY count(*) DESC LIMIT 1""").fetchone()
        doc, event = con.execute("SELECT document_id, event_id FROM event_facts ORDER BY document_id LIMIT 1").fetchone()
        topic, kind = con.execute("SELECT (SELECT min(label) FROM topics), (SELECT min(kind) FROM event_facts)").fetchone()
        word = person.split()[-1].lower()
    finally:
        con.close()
    return {
        "home": "/",
        "search": f"/search?q={word}",
        "search_json": f"/search.json?q={word}",
        "person": f"/persons/{person_key}",
        "person_by_name_key": f"/persons/{slug(person)}",
        "person_documents_csv": f"/persons/{person_key}/documents.csv",
        "organization": f"/organizations/{slug(org)}",
        "region_province": f"/regions/{province}",
        "region_kabupaten_kota": f"/regions/{kabkota}",
        "events": "/events",
        "events_filtered": f"/events?region={province}&since=2021-01-01&until=2023-12-31&topic={topic}&kind={kind}",
        "events_json": f"/events.json?region={province}",
        "event": f"/events/{doc}/{event}",
        "document": f"/documents/{doc}",
    }


def time_pages(db: Path, repeat: int) -> dict:
    from starlette.testclient import TestClient

    from pipeline.web.app import create_app

    client = TestClient(create_app(db))
    result = {}
    for name, url in sample_urls(db).items():
        response = client.get(url)  # warm-up: file cache, catalog
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            response = client.get(url)
            times.append(time.perf_counter() - started)
        median = round(statistics.median(times) * 1000, 1)
        result[name] = {"url": url, "status": response.status_code, "bytes": len(response.content),
                        "median_ms": median, "max_ms": round(max(times) * 1000, 1),
                        "under_300_ms": median < TARGET_MS}
    return result


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=None, help="a store to time (built here when missing)")
    parser.add_argument("--facts", type=int, default=1_000_000, help="fact rows when the store is built")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="warta-bench-web-") as tmp:
        db = args.db or Path(tmp) / "store.duckdb"
        built = None
        if not db.exists():
            from store import load

            built = load(db, args.facts, 1000)
        pages = time_pages(db, args.repeat)
        result = {"benchmark": "web_pages", "machine": machine(), "db_size_mb": round(db.stat().st_size / 1e6, 1),
                  "store": built, "pages": pages,
                  "slowest_page_ms": max(p["median_ms"] for p in pages.values()),
                  "all_under_300_ms": all(p["under_300_ms"] for p in pages.values())}
    save("web_pages", result)
    return result


if __name__ == "__main__":
    main()
