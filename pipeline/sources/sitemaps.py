"""Sitemaps (urlset) and sitemap indexes: every listed page whose <lastmod> changed since the last run.

A page with the same lastmod as last time is Unchanged without a request; a child sitemap with the same
lastmod in its index is not fetched at all.
"""
from __future__ import annotations

import gzip
import io
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlsplit

from pipeline.rejects import Reject
from pipeline.sources.base import SourceItem, Unchanged, source
from pipeline.sources.fetch import is_http, page_ref
from pipeline.sources.http import XML_TYPES, FetchError, HttpClient

MAX_DEPTH = 3  # index -> index -> urlset is the deepest seen in practice


def looks_like_sitemap(spec: str) -> bool:
    path = urlsplit(spec).path.lower()
    return is_http(spec) and "sitemap" in path and path.endswith((".xml", ".xml.gz"))


@source("sitemap", accepts=looks_like_sitemap)
def iter_sitemap(spec: str, client: HttpClient | None = None, state=None, pattern: str | None = None,
                 **_: Any) -> Iterator[SourceItem]:
    """pattern: a regular expression the page URLs must match (e.g. '/berita/')."""
    wanted = re.compile(pattern) if pattern else None
    yield from _walk(spec, client or HttpClient(), state, wanted, depth=0, lastmod=None)


def _walk(url: str, client: HttpClient, state, wanted, depth: int, lastmod: str | None) -> Iterator[SourceItem]:
    key = f"sitemap:{url}"
    previous = state.get(key) if state is not None else None
    if lastmod and previous is not None and previous.cursor == lastmod:
        return  # the index says this sitemap has not changed
    try:
        page = client.get(url, accept=XML_TYPES, etag=previous and previous.etag,
                          last_modified=previous and previous.last_modified)
    except FetchError as exc:
        yield Reject(url, f"sitemap: {exc.reason}")
        return
    if page.not_modified:
        return
    try:
        root = ET.fromstring(_ungzip(page.body))
    except (ET.ParseError, OSError, EOFError) as exc:
        yield Reject(url, f"sitemap is not valid XML ({exc})")
        return
    tag = _local(root.tag)
    if tag == "sitemapindex":
        if depth >= MAX_DEPTH:
            yield Reject(url, f"sitemap index nested deeper than {MAX_DEPTH} levels")
            return
        for loc, child_lastmod in _entries(root, "sitemap"):
            yield from _walk(loc, client, state, wanted, depth + 1, child_lastmod)
    elif tag == "urlset":
        for loc, page_lastmod in _entries(root, "url"):
            if wanted and not wanted.search(loc):
                continue
            known = state.get(loc) if state is not None else None
            if page_lastmod and known is not None and known.cursor == page_lastmod:
                yield Unchanged(loc, known.document_id, reason="unchanged lastmod")
            else:
                yield page_ref(state, loc, lastmod=page_lastmod, parent=key)
    else:
        yield Reject(url, f"not a sitemap (root element <{tag}>)")
        return
    if state is not None:
        state.defer(key, "sitemap", etag=page.etag, last_modified=page.last_modified, cursor=lastmod,
                    last_status=page.status, last_fetched=datetime.now(timezone.utc).replace(tzinfo=None))


def _entries(root: ET.Element, name: str) -> Iterator[tuple[str, str | None]]:
    for element in root:
        if _local(element.tag) != name:
            continue
        values = {_local(child.tag): (child.text or "").strip() for child in element}
        if values.get("loc"):
            yield values["loc"], values.get("lastmod") or None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _ungzip(body: bytes, cap: int = 50_000_000) -> bytes:
    if body[:2] != b"\x1f\x8b":
        return body
    with gzip.GzipFile(fileobj=io.BytesIO(body)) as f:
        data = f.read(cap + 1)
    if len(data) > cap:
        raise OSError(f"gzipped sitemap expands beyond {cap:,} bytes")
    return data
