"""RawDocument and the registry of source adapters.

An adapter is a generator function decorated with @source(name, accepts=...): it receives the source spec
(a path or URL) and keyword options, and yields items, never raising for one bad item:
- RawDocument: a document with its body;
- PageRef: a page found by a discovery adapter (feed, sitemap, URL list) that still has to be fetched;
- Unchanged: a page the server (304) or a sitemap lastmod says has not changed since the last run;
- Reject: something that could not be used, with the reason.
`iter_source` fetches PageRefs inline; the run loop (pipeline.runs) fetches them in batches instead.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from pipeline.rejects import Reject


@dataclass
class RawDocument:
    source: str  # path or URL the document came from (with '#n' for records inside a file)
    body: str | bytes
    media_type: str = "text/plain"  # text/plain | text/html | application/json
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date or datetime as given by the source
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class PageRef:
    """A page to fetch; title/published come from the listing (feed entry, sitemap) when it gives them."""

    url: str
    title: str | None = None
    published: str | None = None
    lastmod: str | None = None  # sitemap <lastmod>, kept as the page's cursor in source state
    etag: str | None = None  # validators from the last run, for a conditional GET
    last_modified: str | None = None
    document_id: str | None = None  # the document this URL gave last time
    parent: str | None = None  # state key of the listing (feed, sitemap) this page came from
    fallback: RawDocument | None = None  # used when the page cannot be fetched (e.g. a feed entry's content)


@dataclass
class Unchanged:
    source: str
    document_id: str | None = None
    reason: str = "not modified"


SourceItem = RawDocument | Reject | PageRef | Unchanged
Adapter = Callable[..., Iterator[SourceItem]]

_ADAPTERS: list[tuple[int, str, Callable[[str], bool], Adapter]] = []
KINDS: dict[str, Adapter] = {}


def source(name: str, accepts: Callable[[str], bool], priority: int = 0) -> Callable[[Adapter], Adapter]:
    """Register an adapter; among those whose `accepts(spec)` is true, the highest priority handles a spec."""

    def register(fn: Adapter) -> Adapter:
        fn.source_name = name  # type: ignore[attr-defined]
        _ADAPTERS.append((priority, name, accepts, fn))
        _ADAPTERS.sort(key=lambda entry: -entry[0])
        KINDS[name] = fn
        return fn

    return register


def adapter_for(spec: str, kind: str | None = None) -> Adapter:
    _load_adapters()
    if kind:
        if kind not in KINDS:
            raise ValueError(f"unknown source kind {kind!r} (known: {', '.join(sorted(KINDS))})")
        return KINDS[kind]
    for _, _, accepts, fn in _ADAPTERS:
        if accepts(spec):
            return fn
    raise ValueError(f"no source adapter for {spec!r}")


def iter_items(spec: str, kind: str | None = None, **options: Any) -> Iterator[SourceItem]:
    """The adapter's items as they come, PageRefs included (the run loop fetches those in batches)."""
    yield from adapter_for(spec, kind)(spec, **options)


def iter_source(spec: str, kind: str | None = None, **options: Any) -> Iterator[RawDocument | Reject | Unchanged]:
    """Every document of a source, PageRefs fetched one by one (the HTTP client opens lazily)."""
    from pipeline.sources.fetch import fetch_page
    from pipeline.sources.http import HttpClient

    owned = "client" not in options
    client = options.setdefault("client", HttpClient())
    try:
        for item in iter_items(spec, kind, **options):
            yield fetch_page(client, item) if isinstance(item, PageRef) else item
    finally:
        if owned:
            client.close()


def _load_adapters() -> None:
    import importlib
    import pkgutil

    import pipeline.sources as pkg

    for info in pkgutil.iter_modules(pkg.__path__):
        if info.name != "base":
            importlib.import_module(f"pipeline.sources.{info.name}")
