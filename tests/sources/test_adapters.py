"""Each adapter against the local site: what it lists, what it skips, and the state it keeps."""
from pathlib import Path

import pytest

from pipeline.normalize.document import normalize
from pipeline.rejects import Reject
from pipeline.sources.base import PageRef, RawDocument, Unchanged, adapter_for, iter_items, iter_source
from pipeline.store.state import StateBook
from release_site import FIRST, PAGE_SLUGS, SLUGS

pytestmark = pytest.mark.network


def test_kind_is_guessed_from_the_spec(tmp_path):
    guesses = {
        "http://x.go.id/feed/": "feed", "http://x.go.id/rss.xml": "feed", "http://x.go.id/atom.xml": "feed",
        "http://x.go.id/sitemap_index.xml": "sitemap", "http://x.go.id/wp-json/wp/v2/posts": "wordpress",
        "http://x.go.id/berita/satu": "urls", str(tmp_path): "files",
    }
    for spec, kind in guesses.items():
        assert adapter_for(spec).source_name == kind, spec


def test_rss_entries_become_pages_to_fetch(site, client):
    items = list(iter_items(site.url("/rss.xml"), client=client, state=StateBook()))
    assert [i.url for i in items] == [site.url(f"/berita/{s}") for s in SLUGS[:3]] + [site.url("/berita/sudah-dihapus")]
    assert all(isinstance(i, PageRef) and i.parent == f"feed:{site.url('/rss.xml')}" for i in items)
    assert items[0].title.startswith("Disdik Banjar") and items[0].published.startswith("2024-07-1")


def test_feed_304_lists_nothing(site, client):
    book = StateBook()
    list(iter_items(site.url("/rss.xml"), client=client, state=book))
    book.finish()
    assert list(iter_items(site.url("/rss.xml"), client=client, state=book)) == []
    assert site.conditional["/rss.xml"] == 1


def test_atom_full_entry_is_used_as_is(site, client):
    items = list(iter_items(site.url("/atom.xml"), client=client))
    full, summary_only = items
    assert isinstance(full, RawDocument) and full.source == site.url(f"/berita/{SLUGS[3]}")
    assert isinstance(summary_only, PageRef)
    doc = normalize(full)
    assert doc.title.startswith("Diskominfo Sumbar") and "Cakap Digital" in doc.text


def test_sitemap_index_with_pattern_and_lastmod(site, client):
    book = StateBook()
    items = list(iter_items(site.url("/sitemap_index.xml"), client=client, state=book, pattern="/berita/"))
    assert [i.url for i in items] == [site.url(f"/berita/{s}") for s in PAGE_SLUGS]
    assert items[0].lastmod == "2024-07-15"
    # Once fetched with that lastmod, a page is unchanged without a request.
    book.update(items[0].url, "page", cursor="2024-07-15", document_id="d1")
    again = list(iter_items(site.url("/sitemap-berita.xml"), client=client, state=book))
    assert again[0] == Unchanged(items[0].url, "d1", reason="unchanged lastmod")
    assert all(isinstance(i, PageRef) for i in again[1:])


def test_wordpress_pages_and_modified_after(site, client):
    book = StateBook()
    api = site.url("/wp-json/wp/v2/posts")
    items = list(iter_items(site.base, kind="wordpress", client=client, state=book, per_page=2))
    assert [i.meta["wp_id"] for i in items] == [11, 12, 13]
    assert site.hits["/wp-json/wp/v2/posts"] == 2  # two pages of two
    assert items[0].title == "Disdik Banjar Latih 120 Guru SD Menyusun Asesmen Diagnostik"
    book.finish()
    assert book.get(f"wordpress:{api}").cursor == "2024-09-02T10:00:00"
    assert list(iter_items(api, client=client, state=book)) == []  # nothing modified since
    site.wp_posts[0]["modified"] = "2024-10-01T08:00:00"  # an edited post comes back
    assert [i.meta["wp_id"] for i in iter_items(api, client=client, state=book)] == [11]


def test_wordpress_failure_keeps_the_cursor(site, client):
    book = StateBook()
    items = list(iter_items(site.url("/wp-json/wp/v2/nothing"), kind="wordpress", client=client, state=book))
    assert isinstance(items[0], Reject) and "HTTP 404" in items[0].reason
    book.finish()
    assert not book.rows


def test_url_list_file(site, tmp_path: Path):
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# rilis\n{site.url('/berita/' + FIRST)}\n\n{site.url('/tidak-ada')}  catatan\nbukan-url\n")
    items = list(iter_source(str(listing), kind="urls"))
    assert isinstance(items[0], RawDocument) and items[0].meta["etag"]
    assert items[1] == Reject(site.url("/tidak-ada"), "HTTP 404 Not Found", at=items[1].at)
    assert isinstance(items[2], Reject) and items[2].reason.startswith("not an http(s) URL")


def test_json_fields_from_options(tmp_path: Path):
    (tmp_path / "a.jsonl").write_text('{"judul_berita": "Judul", "isi_berita": "Isi berita yang cukup panjang."}\n')
    items = list(iter_source(str(tmp_path), fields={"text": "isi_berita", "title": ["judul_berita"]}))
    assert items[0].title == "Judul" and items[0].body == "Isi berita yang cukup panjang."
    with pytest.raises(ValueError, match="unknown record field"):
        list(iter_source(str(tmp_path), fields={"teks": "isi"}))
