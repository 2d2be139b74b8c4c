"""`warta ingest SOURCE` reads a source by what it is, not by the shape of its name: each kind against the local
site, whole runs saying which kind they used, and a WordPress post of one paragraph kept whole."""
from __future__ import annotations

import html
import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.normalize.document import normalize
from pipeline.rejects import RejectError
from pipeline.runs import run_pipeline
from pipeline.sources.base import PageRef, RawDocument, iter_items
from pipeline.sources.detect import detect_source
from release_site import PAGE_SLUGS, SLUGS, fast_http
from releases import RELEASES

pytestmark = pytest.mark.network
FAST = fast_http()


@pytest.mark.parametrize("path, kind, spec", [
    ("/feed.xml", "feed", "/feed.xml"),  # application/rss+xml under a name no pattern knows
    ("/atom.xml", "feed", "/atom.xml"),
    ("/peta.xml", "sitemap", "/peta.xml"),
    ("/sitemap_index.xml", "sitemap", "/sitemap_index.xml"),
    ("/?rest_route=/wp/v2/posts", "wordpress", "/?rest_route=/wp/v2/posts"),
    ("/beranda", "feed", "/feed.xml"),  # a home page: read through the feed it advertises (not the comments')
    (f"/berita/{SLUGS[0]}", "urls", f"/berita/{SLUGS[0]}"),  # an article advertising the same feed: one page
    ("/daftar-rilis.txt", "urls", "/daftar-rilis.txt"),
])
def test_kind_comes_from_the_content(site, client, path, kind, spec):
    found = detect_source(site.url(path), client)
    assert (found.kind, found.spec) == (kind, site.url(spec)), found.how


def test_how_it_was_recognised_is_said(site, client):
    assert "RSS feed" in detect_source(site.url("/feed.xml"), client).how
    assert "advertises" in detect_source(site.url("/beranda"), client).how
    article = detect_source(site.url(f"/berita/{SLUGS[0]}"), client).how
    assert "article" in article and "/feed.xml" in article
    listing = detect_source(site.url("/daftar-rilis.txt"), client)
    assert listing.how == "text file of 2 URLs" and listing.options == {"listing": True}
    unreachable = detect_source("http://127.0.0.1:9/feed/", client)
    assert unreachable.kind == "feed" and "could not be fetched" in unreachable.how


def test_remote_url_list_gives_its_pages(site, client):
    found = detect_source(site.url("/daftar-rilis.txt"), client)
    items = list(iter_items(found.spec, kind=found.kind, client=client, **found.options))
    assert [i.url for i in items] == [site.url(f"/berita/{s}") for s in PAGE_SLUGS[:2]]
    assert all(isinstance(i, PageRef) for i in items)


def test_local_file_of_urls_is_a_list_and_other_files_are_documents(site, tmp_path):
    listing = tmp_path / "rilis.txt"
    listing.write_text(f"# pilihan\n{site.url('/berita/' + SLUGS[0])}\n\n{site.url('/berita/' + SLUGS[1])} catatan\n")
    assert detect_source(str(listing)).kind == "urls"
    release = tmp_path / "rilis-lain.txt"
    release.write_text("Judul rilis\n\nIsi rilis dengan tautan https://contoh.go.id di tengah kalimat.\n")
    assert detect_source(str(release)).kind == "files"
    assert detect_source(str(tmp_path)).kind == "files"
    assert detect_source(str(listing), kind="files").kind == "files"  # --kind still decides


def test_feed_run_by_its_content_type(site, tmp_path):
    db = tmp_path / "warta.duckdb"
    summary = run_pipeline(site.url("/feed.xml"), db, http=FAST, workers=1)
    assert summary.kind == "feed" and "RSS feed" in summary.kind_how
    reasons = [r.reason for r in summary.rejects]
    assert not any("content type" in r for r in reasons), reasons
    assert summary.new == 3  # the feed's three live pages; the fourth is a 404
    assert summary.to_json()["kind"] == "feed"


def test_local_url_list_run_reads_the_pages_not_the_file(site, tmp_path):
    db = tmp_path / "warta.duckdb"
    listing = tmp_path / "urls.txt"
    listing.write_text("".join(site.url(f"/berita/{s}") + "\n" for s in PAGE_SLUGS[:2]))
    summary = run_pipeline(listing, db, http=FAST, workers=1)
    assert (summary.kind, summary.new, summary.rejected) == ("urls", 2, 0)
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM rejects").fetchone() == (0,)


def test_wordpress_post_of_one_paragraph_is_kept(site, client):
    slug = SLUGS[1]
    one = " ".join(RELEASES[slug]["paragraphs"])
    site.wp_posts = [{"id": 31, "slug": slug, "modified": "2024-08-01T10:00:00",
                      "content": f"<p>{html.escape(one)}</p>"}]
    items = list(iter_items(site.url("/wp-json/wp/v2/posts"), client=client))
    assert len(items) == 1 and isinstance(items[0], RawDocument)
    doc = normalize(items[0])
    assert doc.text == RELEASES[slug]["title"] + "\n\n" + one
    # the same fragment read as a whole page loses its only paragraph to boilerplate removal: the old reject
    as_page = RawDocument(source="x", body=items[0].body, media_type="text/html", title=items[0].title)
    with pytest.raises(RejectError, match="no main text"):
        normalize(as_page)


def test_ingest_summary_names_the_kind(site, tmp_path):
    out = tmp_path / "summary.json"
    result = CliRunner().invoke(app, ["ingest", site.url("/beranda"), "--db", str(tmp_path / "w.duckdb"),
                                      "--no-flow", "--timeout", "1", "--rate-limit", "0", "--workers", "1",
                                      "--json", str(out)])
    assert result.exit_code == 0, result.output
    assert "source kind" in result.output and "feed" in result.output
    summary = json.loads(out.read_text())
    assert summary["kind"] == "feed" and summary["new"] == 3
