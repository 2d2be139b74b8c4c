"""The Prefect flows for real: one temporary API server for the module, a local site, a DuckDB file."""
import duckdb
import pytest
from dataclasses import asdict

from pipeline.flows import extract, ingest, load, pipeline
from release_site import FIRST, PAGE_SLUGS, fast_http

FAST_HTTP = asdict(fast_http())

pytestmark = pytest.mark.network


def count(db, sql="SELECT count(*) FROM documents"):
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchone()[0]


def test_pipeline_flow_from_a_feed_and_urls(prefect_server, site, tmp_path):
    db = tmp_path / "warta.duckdb"
    listing = tmp_path / "urls.txt"
    listing.write_text("\n".join(site.url(p) for p in ["/flaky", "/tidak-ada", f"/mirror/{FIRST}"]))
    feed = pipeline(corpus=site.url("/rss.xml"), db=str(db), batch_size=2, http=FAST_HTTP)
    urls = pipeline(corpus=str(listing), db=str(db), kind="urls", http=FAST_HTTP)
    assert (feed["new"], feed["rejected"]) == (3, 1)
    assert (urls["new"], urls["duplicates"], urls["rejected"]) == (1, 1, 1)
    assert {r["reason"] for r in urls["rejects"]} == {"HTTP 404 Not Found"}
    assert count(db) == 4 and count(db, "SELECT count(*) FROM facts_json") == 4
    # The deleted release keeps the feed's validators from being saved, so the feed is read again and
    # that page retried; the others answer 304.
    again = pipeline(corpus=site.url("/rss.xml"), db=str(db), http=FAST_HTTP)
    assert (again["new"], again["not_modified"], again["rejected"]) == (0, 3, 1)
    assert count(db) == 4


def test_ingest_then_extract_through_a_spool_then_load(prefect_server, site, tmp_path):
    db, spool = tmp_path / "warta.duckdb", tmp_path / "facts.pickle"
    pulled = ingest(source=site.url("/sitemap_index.xml"), db=str(db), options={"pattern": "/berita/"},
                    http=FAST_HTTP)
    assert pulled["new"] == len(PAGE_SLUGS) and pulled["facts"] == {}
    assert count(db, "SELECT count(*) FROM documents WHERE extractor_version IS NULL") == len(PAGE_SLUGS)
    extracted = extract(db=str(db), batch_size=2, spool=str(spool))
    assert extracted["documents"] == len(PAGE_SLUGS) and spool.exists()
    loaded = load(spool=str(spool), db=str(db))
    assert loaded["documents"] == len(PAGE_SLUGS)
    assert count(db, "SELECT count(*) FROM documents WHERE extractor_version IS NULL") == 0
    assert extract(db=str(db))["documents"] == 0  # nothing left to extract


@pytest.mark.reliability
def test_extraction_on_a_dask_local_cluster(prefect_server, site, tmp_path):
    """Workers extract, the flow process alone writes DuckDB; the result equals a local run's."""
    from pipeline.flows import with_runner

    local_db, dask_db = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    spec = site.url("/sitemap_index.xml")
    options = {"pattern": "/berita/"}
    local = pipeline(corpus=spec, db=str(local_db), batch_size=2, options=options, http=FAST_HTTP)
    on_dask = with_runner(pipeline, "local", workers=2)(corpus=spec, db=str(dask_db), batch_size=2,
                                                         options=options, http=FAST_HTTP)
    assert on_dask["new"] == local["new"] == len(PAGE_SLUGS)
    assert on_dask["facts"] == local["facts"]
    facts = "SELECT facts::VARCHAR FROM facts_json ORDER BY document_id"
    with duckdb.connect(str(local_db), read_only=True) as a, duckdb.connect(str(dask_db), read_only=True) as b:
        assert a.execute(facts).fetchall() == b.execute(facts).fetchall()
