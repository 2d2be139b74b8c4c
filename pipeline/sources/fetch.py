"""PageRef -> RawDocument | Unchanged | Reject: one conditional GET per page, a batch in a few threads."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from pipeline.rejects import Reject
from pipeline.sources.base import PageRef, RawDocument, Unchanged
from pipeline.sources.http import HTML_TYPES, FetchError, HttpClient

FETCH_THREADS = 4  # the per-host rate limit still applies across threads


def fetch_page(client: HttpClient, ref: PageRef) -> RawDocument | Unchanged | Reject:
    try:
        page = client.get(ref.url, accept=HTML_TYPES, etag=ref.etag, last_modified=ref.last_modified)
    except FetchError as exc:
        if ref.fallback is not None:
            ref.fallback.meta.setdefault("fetch_error", exc.reason)
            return ref.fallback
        return Reject(ref.url, exc.reason)
    if page.not_modified:
        return Unchanged(ref.url, document_id=ref.document_id)
    media_type = "text/plain" if page.media_type == "text/plain" else "text/html"
    body: str | bytes = page.body
    if page.charset:
        try:
            body = page.body.decode(page.charset)
        except (LookupError, UnicodeDecodeError):
            body = page.body  # decode_body falls back to sniffing
    return RawDocument(
        source=ref.url, body=body, media_type=media_type, url=page.final_url, title=ref.title,
        published=ref.published,
        meta={"etag": page.etag, "last_modified": page.last_modified, "lastmod": ref.lastmod,
              "parent": ref.parent, "state_key": ref.url},
    )


def fetch_batch(client: HttpClient, refs: list[PageRef], threads: int = FETCH_THREADS):
    """Results in the order of `refs`."""
    if len(refs) <= 1 or threads <= 1:
        return [fetch_page(client, ref) for ref in refs]
    with ThreadPoolExecutor(max_workers=min(threads, len(refs))) as pool:
        return list(pool.map(lambda ref: fetch_page(client, ref), refs))


def page_ref(state, url: str, **fields) -> PageRef:
    """A PageRef carrying last run's validators for `url` (state: a StateBook or None)."""
    row = state.get(url) if state is not None else None
    if row is not None:
        fields.setdefault("etag", row.etag)
        fields.setdefault("last_modified", row.last_modified)
        fields.setdefault("document_id", row.document_id)
    return PageRef(url, **fields)


def is_http(spec: str) -> bool:
    return spec.lower().startswith(("http://", "https://"))
