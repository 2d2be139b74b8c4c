"""Which adapter reads a source, decided from what it is rather than how its name looks.

A folder is files; a local text file whose lines are URLs is a URL list, any other file is a document. A URL is
fetched once and judged by its content (the Content-Type only as a hint): an RSS/Atom document is a feed, a
<urlset>/<sitemapindex> a sitemap, a JSON list of posts (or the /wp-json/ index) the WordPress API, a text
file of URLs a URL list, and an HTML page that advertises a feed (<link rel="alternate"
type="application/rss+xml">) and is not itself an article is read through that feed; any other page is one
document. When the URL cannot be fetched, the kind is guessed from its shape and the adapter reports the
failure as a reject.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from pipeline.sources.base import adapter_for
from pipeline.sources.fetch import is_http
from pipeline.sources.http import FEED_TYPES, HTML_TYPES, JSON_TYPES, XML_TYPES, FetchError, HttpClient

PROBE_TYPES = tuple(dict.fromkeys(FEED_TYPES + HTML_TYPES + XML_TYPES + JSON_TYPES))
LIST_SUFFIXES = {".txt", ".lst", ".list", ".urls", ""}
FEED_ROOTS = {"rss": "RSS feed", "feed": "Atom feed", "RDF": "RSS 1.0 feed"}
SITEMAP_ROOTS = {"urlset": "sitemap", "sitemapindex": "sitemap index"}
FEED_LINK_TYPES = ("application/rss+xml", "application/atom+xml")
ARTICLE_TYPES = {"article", "newsarticle", "blogposting", "reportagenewsarticle"}
_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s/>]")
_SKIP = re.compile(rb"^(?:\s|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*", re.S | re.I)


@dataclass
class Detected:
    kind: str  # an adapter name (files, urls, feed, wordpress, sitemap)
    spec: str  # what that adapter reads: the source, or the feed/API a page or index points to
    how: str  # how it was recognised, for the run summary
    options: dict[str, Any] = field(default_factory=dict)


def canonical_source(spec: str) -> str:
    """A local path as an absolute, resolved path (a '#n' record suffix kept), so that a file reached by a
    relative and an absolute path is one source; URLs and '-' (stdin) as they are."""
    if spec == "-" or "://" in spec:
        return spec
    path, sep, record = spec.partition("#")
    if sep and not Path(spec).exists():
        return str(Path(path).resolve()) + sep + record
    return str(Path(spec).resolve())


def detect_source(spec: str, client: HttpClient | None = None, kind: str | None = None) -> Detected:
    """The adapter for `spec` (given as `kind`, or recognised); local paths come back absolute."""
    spec = canonical_source(spec)
    if kind:
        return Detected(kind, spec, "given")
    if not is_http(spec):
        return _local(spec)
    owned = client is None
    client = client or HttpClient()
    try:
        page = client.get(spec, accept=PROBE_TYPES)
    except FetchError as exc:
        guess = adapter_for(spec).source_name  # type: ignore[attr-defined]
        return Detected(guess, spec, f"guessed from the URL (it could not be fetched: {exc.reason})")
    finally:
        if owned:
            client.close()
    return from_content(spec, page.final_url or spec, page.media_type, page.body)


def from_content(spec: str, url: str, media_type: str, body: bytes) -> Detected:
    """The kind of a fetched resource from its body, with its Content-Type as a hint."""
    head = body[:200_000]
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if media_type.endswith("json") or stripped[:1] in (b"[", b"{"):
        found = _json(spec, stripped)
        if found:
            return found
    root = _xml_root(stripped) if stripped[:1] == b"<" else None
    if root in FEED_ROOTS:
        return Detected("feed", spec, f"{FEED_ROOTS[root]} ({media_type or 'no content type'})")
    if root in SITEMAP_ROOTS:
        return Detected("sitemap", spec, f"{SITEMAP_ROOTS[root]} ({media_type or 'no content type'})")
    if (root or "").lower() == "html" or media_type in ("text/html", "application/xhtml+xml"):
        return _html(spec, url, head)
    text = _text(head)
    if text is not None and _url_lines(text):
        return Detected("urls", spec, f"text file of {len(_url_lines(text))} URLs", {"listing": True})
    return Detected("urls", spec, f"one page ({media_type or 'no content type'})")


def _local(spec: str) -> Detected:
    path = Path(spec)
    if path.is_dir():
        return Detected("files", spec, "folder")
    if path.is_file() and path.suffix.lower() in LIST_SUFFIXES:
        try:
            text = path.read_bytes()[:1_000_000].decode("utf-8-sig")
        except (OSError, UnicodeDecodeError):
            text = ""
        urls = _url_lines(text)
        if urls:
            return Detected("urls", spec, f"text file of {len(urls)} URLs")
    if path.exists() or spec == "-":
        return Detected("files", spec, "file")
    return Detected(adapter_for(spec).source_name, spec, "guessed from the name")  # type: ignore[attr-defined]


def _url_lines(text: str) -> list[str]:
    """The URLs of a text whose every line (blank lines and '#' comments aside) starts with an http(s) URL."""
    urls = []
    for line in text.splitlines():
        words = line.split()
        if not words or words[0].startswith("#"):
            continue
        if not is_http(words[0]):
            return []
        urls.append(words[0])
    return urls


def _text(body: bytes) -> str | None:
    try:
        return body.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def _xml_root(body: bytes) -> str | None:
    rest = body[_SKIP.match(body).end():] if _SKIP.match(body) else body
    found = _ROOT.match(rest)
    return found.group(1).decode("ascii", "replace") if found else None


def _json(spec: str, body: bytes) -> Detected | None:
    try:
        data = json.loads(body.decode("utf-8", "replace"))
    except ValueError:
        return None
    if isinstance(data, list) and data and all(isinstance(p, dict) for p in data) and \
            any(isinstance(p.get("content"), dict) and "rendered" in p["content"] for p in data):
        return Detected("wordpress", spec, f"WordPress posts API (JSON, {len(data)} posts on the first page)")
    if isinstance(data, dict) and "wp/v2" in (data.get("namespaces") or []):
        return Detected("wordpress", spec.split("/wp-json", 1)[0] + "/wp-json/wp/v2/posts",
                        "WordPress REST API index")
    return None


class _PageHead(HTMLParser):
    """Feed links and article markers of an HTML page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.feeds: list[tuple[str, str]] = []  # (type, href)
        self.article = False
        self._in_ld = False

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "link" and "alternate" in a.get("rel", "").lower().split() and \
                a.get("type", "").lower() in FEED_LINK_TYPES and a.get("href"):
            self.feeds.append((a["type"].lower(), a["href"]))
        elif tag == "meta":
            name = (a.get("property") or a.get("name") or "").lower()
            if (name == "og:type" and a.get("content", "").lower() == "article") or \
                    name == "article:published_time":
                self.article = True
        elif tag == "script" and a.get("type", "").lower() == "application/ld+json":
            self._in_ld = True

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_ld = False

    def handle_data(self, data):
        if self._in_ld:
            types = re.findall(r'"@type"\s*:\s*"(\w+)"', data)
            self.article |= any(t.lower() in ARTICLE_TYPES for t in types)


def _html(spec: str, url: str, body: bytes) -> Detected:
    head = _PageHead()
    try:
        head.feed(body.decode("utf-8", "replace"))
    except Exception:  # a page the parser chokes on is read as a page
        return Detected("urls", spec, "one HTML page")
    feeds = [(t, urljoin(url, href)) for t, href in head.feeds if "comments" not in href.lower()]
    if feeds and not head.article:
        kind, feed = feeds[0]
        return Detected("feed", feed, f"the {'Atom' if 'atom' in kind else 'RSS'} feed the page {spec} advertises")
    note = f"; its site's feed is {feeds[0][1]}" if feeds else ""
    return Detected("urls", spec, f"one HTML page{' (an article)' if head.article else ''}{note}")
