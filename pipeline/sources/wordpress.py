"""WordPress sites through the REST API (/wp-json/wp/v2/posts): paged, and incremental by modified_after.

Most .go.id sites run WordPress. Posts come in order of modification; the newest `modified` seen becomes the
site's cursor (saved at the end of a run, and only when every page was read), so the next run asks only for
posts modified after it.
"""
from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from pipeline.rejects import Reject
from pipeline.sources.base import RawDocument, SourceItem, source
from pipeline.sources.fetch import is_http
from pipeline.sources.http import JSON_TYPES, FetchError, HttpClient

API_PATH = "/wp-json/wp/v2/posts"
FIELDS = "id,link,title,content,date,modified"
MAX_PAGES = 10_000  # a guard against a server that never stops paging
_TAG = re.compile(r"<[^>]+>")


def looks_like_wordpress(spec: str) -> bool:
    return is_http(spec) and ("/wp-json/" in spec or "rest_route=" in spec)


def api_url(spec: str) -> str:
    """The posts endpoint: the spec when it is an API URL (/wp-json/... or ?rest_route=...), else the site's."""
    return spec if looks_like_wordpress(spec) else spec.rstrip("/") + API_PATH


@source("wordpress", accepts=looks_like_wordpress)
def iter_wordpress(spec: str, client: HttpClient | None = None, state=None, per_page: int = 50,
                   modified_after: str | None = None, max_pages: int = MAX_PAGES, **_: Any) -> Iterator[SourceItem]:
    """modified_after: ISO datetime overriding the stored cursor (e.g. to backfill from a date)."""
    client = client or HttpClient()
    api = api_url(spec)
    key = f"wordpress:{api}"
    previous = state.get(key) if state is not None else None
    cursor = modified_after or (previous.cursor if previous is not None else None)
    newest = cursor
    page, total = 1, 1
    while page <= min(total, max_pages):
        params = {"per_page": min(max(per_page, 1), 100), "page": page, "orderby": "modified", "order": "asc",
                  "_fields": FIELDS}
        if cursor:
            params["modified_after"] = cursor
        params = {**dict(parse_qsl(urlsplit(api).query)), **params}  # keeps ?rest_route=...
        try:
            response = client.get(api, accept=JSON_TYPES, params=params)
            posts = json.loads(response.body.decode("utf-8-sig"))
        except FetchError as exc:
            yield Reject(f"{api}?page={page}", f"WordPress API: {exc.reason}")
            return  # the cursor stays where it was: the next run asks again
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            yield Reject(f"{api}?page={page}", f"WordPress API returned malformed JSON ({exc})")
            return
        if not isinstance(posts, list):
            yield Reject(f"{api}?page={page}", "WordPress API returned something other than a list of posts")
            return
        total = _int(response.headers.get("x-wp-totalpages"), default=page)
        for post in posts:
            item = _post(api, post)
            yield item
            modified = post.get("modified") if isinstance(post, dict) else None
            if isinstance(item, RawDocument) and modified and (newest is None or modified > newest):
                newest = modified
        if not posts:
            break
        page += 1
    if state is not None and newest:
        state.defer(key, "wordpress", cursor=newest, last_status=200,
                    last_fetched=datetime.now(timezone.utc).replace(tzinfo=None))


def _post(api: str, post: Any) -> SourceItem:
    if not isinstance(post, dict):
        return Reject(api, "WordPress post is not an object")
    link = post.get("link") or f"{api}/{post.get('id')}"
    body = _rendered(post.get("content"))
    if not body.strip():
        return Reject(link, "WordPress post has no content")
    title = html.unescape(_TAG.sub("", _rendered(post.get("title")))).strip() or None
    return RawDocument(source=link, body=body, media_type="text/html", url=link, title=title,
                       published=post.get("date"),
                       meta={"wp_id": post.get("id"), "modified": post.get("modified"), "content_only": True})


def _rendered(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("rendered")
    return value if isinstance(value, str) else ""


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value else default
    except ValueError:
        return default
