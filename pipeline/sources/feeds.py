"""RSS and Atom feeds: each entry's article page is fetched, unless the entry already carries the full text.

The feed itself is fetched with a conditional GET (304: nothing new); its validators are kept as a listing
cursor, dropped for the run when one of its pages failed so that the next run asks again.
"""
from __future__ import annotations

import re
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlsplit

import feedparser

from pipeline.rejects import Reject
from pipeline.sources.base import RawDocument, SourceItem, source
from pipeline.sources.fetch import is_http, page_ref
from pipeline.sources.http import FEED_TYPES, FetchError, HttpClient

FULL_WORDS = 80  # entry content of at least this many words is the article (WordPress excerpts stop at 55)
_TAG = re.compile(r"<[^>]+>")
_FEED_PATH = re.compile(r"(/feed/?|/rss/?|/atom/?|\.rss|\.atom|rss\.xml|atom\.xml|/feeds?/[^/]*)$", re.I)


def looks_like_feed(spec: str) -> bool:
    return is_http(spec) and bool(_FEED_PATH.search(urlsplit(spec).path) or "feed=" in urlsplit(spec).query)


@source("feed", accepts=looks_like_feed)
def iter_feed(spec: str, client: HttpClient | None = None, state=None, full_words: int = FULL_WORDS,
              fetch_pages: str = "auto", **_: Any) -> Iterator[SourceItem]:
    """fetch_pages: auto (fetch unless the entry content is full) | always | never (entry content only)."""
    client = client or HttpClient()
    key = f"feed:{spec}"
    previous = state.get(key) if state is not None else None
    try:
        page = client.get(spec, accept=FEED_TYPES, etag=previous and previous.etag,
                          last_modified=previous and previous.last_modified)
    except FetchError as exc:
        yield Reject(spec, f"feed: {exc.reason}")
        return
    if page.not_modified:
        return
    parsed = feedparser.parse(page.body)
    if not parsed.entries:
        problem = getattr(parsed, "bozo_exception", None)
        if problem is not None:
            yield Reject(spec, f"not a readable RSS/Atom feed ({type(problem).__name__})")
        return
    for i, entry in enumerate(parsed.entries, 1):
        yield _entry_item(spec, i, entry, key, state, full_words, fetch_pages)
    if state is not None:
        state.defer(key, "feed", etag=page.etag, last_modified=page.last_modified, last_status=page.status,
                    last_fetched=datetime.now(timezone.utc).replace(tzinfo=None))


def _entry_item(spec, i, entry, key, state, full_words: int, fetch_pages: str) -> SourceItem:
    link = entry.get("link")
    title = _TAG.sub("", entry.get("title", "")).strip() or None
    published = _published(entry)
    content = entry.get("content")
    html = content[0].get("value") if content else None
    words = len(_TAG.sub(" ", html or "").split())
    inline = None
    if html:
        inline = RawDocument(source=link or f"{spec}#{i}", body=html, media_type="text/html", url=link,
                             title=title, published=published, meta={"feed": spec, "content_only": True})
    if inline is not None and (fetch_pages == "never" or (fetch_pages == "auto" and words >= full_words)):
        return inline
    if not link or not is_http(link):
        if inline is not None:
            return inline
        return Reject(f"{spec}#{i}", "feed entry has neither a link nor content")
    if fetch_pages == "never":
        return Reject(link, "feed entry has no content and fetch_pages is 'never'")
    return page_ref(state, link, title=title, published=published, parent=key, fallback=inline)


def _published(entry) -> str | None:
    for name in ("published_parsed", "updated_parsed"):
        value = entry.get(name)
        if value:
            return time.strftime("%Y-%m-%dT%H:%M:%S", value)
    return entry.get("published") or entry.get("updated")
