"""A small government news site on 127.0.0.1 for the ingestion tests (http.server in a thread, port 0).

Routes: release pages (ETag/Last-Modified, 304 on a conditional GET), a mirror (exact duplicate), a local
outlet's repost (near-duplicate), RSS and Atom feeds, a sitemap index with two sitemaps, a WordPress-style
posts API (paging, modified_after), and failures: slow, flaky (two 500s, then fine), 404, oversized body,
redirect loop, an image.
"""
from __future__ import annotations

import hashlib
import html
import json
import threading
import time
from collections import Counter
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from releases import RELEASES, repost_paragraphs

LAST_MODIFIED = formatdate(1_720_000_000, usegmt=True)
PAGE = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>{title} | Portal Pemerintah</title>
<meta property="article:published_time" content="{date}T09:00:00+07:00">
<link rel="alternate" type="application/rss+xml" title="Berita" href="/feed.xml"></head>
<body>
<nav><a href="/">Beranda</a> | <a href="/profil">Profil</a> | <a href="/berita">Berita</a> | <a href="/kontak">Kontak</a></nav>
<header><div class="logo">Portal Resmi Pemerintah Daerah</div></header>
<main><article>
<h1>{title}</h1>
<div class="meta">Diterbitkan {date} oleh Admin</div>
{body}
</article></main>
<aside><h3>Berita Terpopuler</h3><ul><li><a href="/a">Jadwal pelayanan kantor</a></li><li><a href="/b">Pengumuman lelang</a></li></ul></aside>
<footer>Hak cipta 2024 Pemerintah Daerah. Seluruh hak dilindungi. Jl. Merdeka No. 1.</footer>
</body></html>"""


def page_html(title: str, date: str, paragraphs: list[str]) -> str:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return PAGE.format(title=html.escape(title), date=date, body=body)


def release_html(slug: str) -> str:
    r = RELEASES[slug]
    return page_html(r["title"], r["date"], r["paragraphs"])


SLUGS = list(RELEASES)
PAGE_SLUGS = SLUGS[:5]  # served under /berita/; the sixth is behind /flaky
FIRST = SLUGS[0]

# WordPress posts: the first is the same release as a page (an exact duplicate across sources).
WP_POSTS = [
    {"id": 11, "slug": SLUGS[0], "modified": "2024-07-15T10:00:00"},
    {"id": 12, "slug": SLUGS[2], "modified": "2024-08-05T10:00:00"},
    {"id": 13, "slug": SLUGS[4], "modified": "2024-09-02T10:00:00"},
]


class Site:
    def __init__(self, slow_seconds: float = 2.5, big_bytes: int = 3_000_000):
        self.hits: Counter = Counter()
        self.conditional: Counter = Counter()  # 304 answers per path
        self.headers: dict[str, dict] = {}
        self.slow_seconds = slow_seconds
        self.big_bytes = big_bytes
        self.pages: dict[str, str] = {f"/berita/{s}": release_html(s) for s in PAGE_SLUGS}
        self.pages[f"/mirror/{FIRST}"] = release_html(FIRST)
        self.pages[f"/lokal/repost-{FIRST}"] = page_html(
            "Ratusan Guru SD di Banjar Belajar Asesmen Diagnostik", RELEASES[FIRST]["date"], repost_paragraphs(FIRST))
        self.pages["/profil"] = page_html("Profil Dinas", "2024-01-01", ["Halaman profil dinas. " * 30])
        self.wp_posts = [dict(p) for p in WP_POSTS]
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def start(self) -> Site:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # ------------------------------------------------------------ routing
    def respond(self, path: str, query: dict, headers) -> tuple[int, dict, bytes]:
        if path in self.pages:
            return self._page(path, self.pages[path], headers)
        if path == "/flaky":
            if self.hits[path] <= 2:
                return 500, {"Content-Type": "text/plain"}, b"sedang gangguan"
            return self._page(path, release_html(SLUGS[5]), headers)
        if path == "/slow":
            time.sleep(self.slow_seconds)
            return self._page(path, release_html(SLUGS[1]), headers)
        if path in ("/big", "/big-stream"):
            return 200, {"Content-Type": "text/html"}, b"<html><body>" + b"<p>kata</p>" * (self.big_bytes // 11)
        if path in ("/loop-a", "/loop-b"):
            return 302, {"Location": "/loop-b" if path == "/loop-a" else "/loop-a"}, b""
        if path == "/gambar.png":
            return 200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
        if path == "/rss.xml":
            return self._conditional(path, "application/rss+xml", self._rss().encode(), headers)
        if path == "/atom.xml":
            return 200, {"Content-Type": "application/atom+xml"}, self._atom().encode()
        if path == "/sitemap_index.xml":
            return 200, {"Content-Type": "application/xml"}, self._sitemap_index().encode()
        if path == "/sitemap-berita.xml":
            return 200, {"Content-Type": "application/xml"}, self._urlset(
                [(f"/berita/{s}", RELEASES[s]["date"]) for s in PAGE_SLUGS]).encode()
        if path == "/sitemap-halaman.xml":
            return 200, {"Content-Type": "application/xml"}, self._urlset([("/profil", "2024-01-01")]).encode()
        if path == "/wp-json/wp/v2/posts" or (path == "/" and query.get("rest_route") == ["/wp/v2/posts"]):
            return self._wp(query)
        if path == "/feed.xml":  # a feed whose name says nothing of what it is
            return 200, {"Content-Type": "application/rss+xml; charset=UTF-8"}, self._rss().encode()
        if path == "/peta.xml":
            return 200, {"Content-Type": "text/xml"}, self._urlset(
                [(f"/berita/{s}", RELEASES[s]["date"]) for s in PAGE_SLUGS[:2]]).encode()
        if path == "/beranda":  # a home page advertising its feed
            return 200, {"Content-Type": "text/html; charset=utf-8"}, (
                '<!DOCTYPE html><html><head><title>Portal Berita Daerah</title>'
                '<link rel="alternate" type="application/rss+xml" title="Komentar" href="/comments/feed/">'
                '<link rel="alternate" type="application/rss+xml" title="Berita" href="/feed.xml"></head>'
                '<body><h1>Portal Berita Daerah</h1><ul><li><a href="/berita/a">Berita</a></li></ul></body>'
                '</html>').encode()
        if path == "/daftar-rilis.txt":
            lines = "# rilis pilihan\n" + "".join(self.url(f"/berita/{s}") + "\n" for s in PAGE_SLUGS[:2])
            return 200, {"Content-Type": "text/plain; charset=utf-8"}, lines.encode()
        return 404, {"Content-Type": "text/html"}, b"<html><body>Halaman tidak ditemukan</body></html>"

    def _page(self, path: str, text: str, headers) -> tuple[int, dict, bytes]:
        return self._conditional(path, "text/html; charset=utf-8", text.encode("utf-8"), headers)

    def _conditional(self, path: str, ctype: str, body: bytes, headers) -> tuple[int, dict, bytes]:
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        out = {"Content-Type": ctype, "ETag": etag, "Last-Modified": LAST_MODIFIED}
        if headers.get("If-None-Match") == etag or (
                not headers.get("If-None-Match") and headers.get("If-Modified-Since") == LAST_MODIFIED):
            self.conditional[path] += 1
            return 304, {"ETag": etag}, b""
        return 200, out, body

    def _rss(self) -> str:
        items = "".join(
            f"<item><title>{html.escape(RELEASES[s]['title'])}</title><link>{self.url('/berita/' + s)}</link>"
            f"<pubDate>{formatdate(time.mktime(time.strptime(RELEASES[s]['date'], '%Y-%m-%d')), usegmt=True)}</pubDate>"
            f"<description>{html.escape(RELEASES[s]['paragraphs'][0][:120])}</description></item>"
            for s in SLUGS[:3])
        items += (f"<item><title>Berita yang sudah dihapus</title><link>{self.url('/berita/sudah-dihapus')}</link>"
                  f"<description>Ringkasan</description></item>")
        return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Berita Daerah</title>'
                f"<link>{self.base}</link><description>Siaran pers</description>{items}</channel></rss>")

    def _atom(self) -> str:
        full = SLUGS[3]
        content = html.escape("".join(f"<p>{p}</p>" for p in RELEASES[full]["paragraphs"]))
        return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
                f"<title>Siaran Pers</title><id>{self.base}/atom.xml</id><updated>2024-09-02T00:00:00Z</updated>"
                f"<entry><title>{html.escape(RELEASES[full]['title'])}</title><id>urn:warta:{full}</id>"
                f'<link href="{self.url("/berita/" + full)}"/><updated>{RELEASES[full]["date"]}T09:00:00Z</updated>'
                f'<content type="html">{content}</content></entry>'
                f"<entry><title>{html.escape(RELEASES[SLUGS[4]]['title'])}</title><id>urn:warta:{SLUGS[4]}</id>"
                f'<link href="{self.url("/berita/" + SLUGS[4])}"/><updated>{RELEASES[SLUGS[4]]["date"]}T09:00:00Z</updated>'
                f"<summary>Uji emisi gratis di Balai Kota Malang.</summary></entry></feed>")

    def _sitemap_index(self) -> str:
        entries = "".join(f"<sitemap><loc>{self.url(p)}</loc><lastmod>{m}</lastmod></sitemap>"
                          for p, m in (("/sitemap-berita.xml", "2024-09-02"), ("/sitemap-halaman.xml", "2024-01-01")))
        return ('<?xml version="1.0" encoding="UTF-8"?>'
                f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>')

    def _urlset(self, pages: list[tuple[str, str]]) -> str:
        entries = "".join(f"<url><loc>{self.url(p)}</loc><lastmod>{m}</lastmod></url>" for p, m in pages)
        return ('<?xml version="1.0" encoding="UTF-8"?>'
                f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>')

    def _wp(self, query: dict) -> tuple[int, dict, bytes]:
        per_page = int(query.get("per_page", ["10"])[0])
        page = int(query.get("page", ["1"])[0])
        after = query.get("modified_after", [None])[0]
        posts = sorted((p for p in self.wp_posts if after is None or p["modified"] > after),
                       key=lambda p: p["modified"])
        pages = max(1, -(-len(posts) // per_page))
        if page > pages:
            body = {"code": "rest_post_invalid_page_number", "message": "Nomor halaman tidak valid."}
            return 400, {"Content-Type": "application/json"}, json.dumps(body).encode()
        chunk = posts[(page - 1) * per_page: page * per_page]
        out = [{"id": p["id"], "link": self.url(f"/?p={p['id']}"), "date": RELEASES[p["slug"]]["date"] + "T09:00:00",
                "modified": p["modified"], "title": {"rendered": html.escape(RELEASES[p["slug"]]["title"])},
                "content": {"rendered": p.get("content") or "".join(f"<p>{html.escape(x)}</p>\n"
                                                                    for x in RELEASES[p["slug"]]["paragraphs"])}}
               for p in chunk]
        headers = {"Content-Type": "application/json; charset=UTF-8", "X-WP-Total": str(len(posts)),
                   "X-WP-TotalPages": str(pages)}
        return 200, headers, json.dumps(out).encode()

    def _handler(self):
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                parts = urlsplit(self.path)
                site.hits[parts.path] += 1
                site.headers[parts.path] = dict(self.headers)
                status, headers, body = site.respond(parts.path, parse_qs(parts.query), self.headers)
                try:
                    self.send_response(status)
                    for k, v in headers.items():
                        self.send_header(k, v)
                    if parts.path != "/big-stream":  # that one streams until the connection closes
                        self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    if body:
                        self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args):
                pass

        return Handler


def fast_http():
    """Small timeouts and no pauses keep the suite fast; the failures still take the real code paths."""
    from pipeline.sources.http import HttpSettings

    return HttpSettings(timeout=0.5, retries=2, backoff=0.02, rate_limit=0, max_bytes=200_000)
