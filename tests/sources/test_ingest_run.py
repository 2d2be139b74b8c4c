"""Whole runs (the plain stages, no Prefect) from the local site into a real DuckDB file."""
from pathlib import Path

import duckdb
import pytest

from pipeline.runs import run_pipeline
from release_site import FIRST, PAGE_SLUGS, fast_http

FAST = fast_http()

pytestmark = pytest.mark.network

FAILURES = {
    "/slow": "timed out (timeout 0.5 s) after 3 attempts",
    "/tidak-ada": "HTTP 404 Not Found",
    "/big": "too large",
    "/loop-a": "redirect loop",
    "/gambar.png": "wrong content type 'image/png'",
}


def url_list(site, tmp_path: Path) -> Path:
    paths = [f"/berita/{s}" for s in PAGE_SLUGS] + ["/flaky", f"/mirror/{FIRST}", f"/lokal/repost-{FIRST}"]
    listing = tmp_path / "urls.txt"
    listing.write_text("\n".join(site.url(p) for p in paths + list(FAILURES)) + "\n")
    return listing


def sql(db: Path, query: str, params=()):
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(query, list(params)).fetchall()


def test_url_list_run_then_rerun(site, tmp_path):
    db = tmp_path / "warta.duckdb"
    listing = url_list(site, tmp_path)
    first = run_pipeline(listing, db, batch_size=4, source_kind="urls", http=FAST)

    assert (first.seen, first.new, first.duplicates, first.near_duplicates) == (13, 6, 2, 1)
    reasons = {r.source.removeprefix(site.base): r.reason for r in first.rejects}
    assert set(reasons) == set(FAILURES)
    for path, start in FAILURES.items():
        assert reasons[path].startswith(start), (path, reasons[path])
    assert sql(db, "SELECT count(*) FROM documents") == [(6,)]
    assert sql(db, "SELECT count(*) FROM documents WHERE extractor_version IS NOT NULL") == [(6,)]
    # Both duplicates of the first release are sources of its one document, which was extracted once.
    (first_id,), = sql(db, "SELECT document_id FROM documents WHERE source = ?", [site.url(f"/berita/{FIRST}")])
    sources = {s for (s,) in sql(db, "SELECT source FROM document_sources WHERE document_id = ?", [first_id])}
    assert {site.url(p) for p in (f"/berita/{FIRST}", f"/mirror/{FIRST}", f"/lokal/repost-{FIRST}")} <= sources
    assert sql(db, "SELECT original_id FROM near_duplicates") == [(first_id,)]
    assert sql(db, "SELECT count(*) FROM facts_json WHERE document_id = ?", [first_id]) == [(1,)]

    rerun = run_pipeline(listing, db, batch_size=4, source_kind="urls", http=FAST)
    assert (rerun.new, rerun.reextracted, rerun.duplicates) == (0, 0, 0)
    assert rerun.unchanged == 8 and rerun.not_modified == 8  # every good page answered 304
    assert site.conditional[f"/berita/{FIRST}"] == 1 and site.conditional[f"/lokal/repost-{FIRST}"] == 1
    assert rerun.rejected == len(FAILURES)
    assert sql(db, "SELECT count(*) FROM documents") == [(6,)]
    assert sql(db, "SELECT count(*) FROM rejects") == [(len(FAILURES),)]


def test_unchanged_pages_are_reextracted_for_a_new_extractor(site, tmp_path):
    db = tmp_path / "warta.duckdb"
    listing = url_list(site, tmp_path)
    run_pipeline(listing, db, source_kind="urls", http=FAST)
    with duckdb.connect(str(db)) as con:  # facts from an older extractor
        con.execute("UPDATE documents SET extractor_version = '0.0.1+old'")
    rerun = run_pipeline(listing, db, source_kind="urls", http=FAST)
    assert (rerun.reextracted, rerun.new, rerun.not_modified) == (6, 0, 8)
    assert sql(db, "SELECT count(DISTINCT extractor_version) FROM documents") == [(1,)]
    assert sql(db, "SELECT count(*) FROM documents WHERE extractor_version = '0.0.1+old'") == [(0,)]


def test_sources_merge_across_kinds(site, tmp_path):
    """A sitemap, two feeds and the WordPress API of one site give each release once."""
    db = tmp_path / "warta.duckdb"
    runs = [run_pipeline(site.url("/sitemap_index.xml"), db, source_options={"pattern": "/berita/"}, http=FAST),
            run_pipeline(site.url("/rss.xml"), db, http=FAST),
            run_pipeline(site.url("/atom.xml"), db, http=FAST),
            run_pipeline(site.base, db, source_kind="wordpress", source_options={"per_page": 2}, http=FAST)]
    assert [r.new for r in runs] == [5, 0, 0, 0]
    assert runs[1].rejected == 1 and "HTTP 404" in runs[1].rejects[0].reason  # the deleted release
    assert runs[3].duplicates == 3  # every WordPress post is a release the pages already gave
    assert sql(db, "SELECT count(*) FROM documents") == [(5,)]
    wp_links = sql(db, "SELECT count(*) FROM document_sources WHERE source LIKE '%/?p=%'")
    assert wp_links == [(3,)]
    again = run_pipeline(site.base, db, source_kind="wordpress", source_options={"per_page": 2}, http=FAST)
    assert again.seen == 0  # modified_after: nothing changed since the last pull
