"""RawDocument and the registry of source adapters.

An adapter is a generator function decorated with @source(name, accepts=...): it receives the source spec
(a path or URL) and keyword options, and yields RawDocument or Reject items, never raising for one bad item.
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


SourceItem = RawDocument | Reject
Adapter = Callable[..., Iterator[SourceItem]]

_ADAPTERS: list[tuple[str, Callable[[str], bool], Adapter]] = []


def source(name: str, accepts: Callable[[str], bool]) -> Callable[[Adapter], Adapter]:
    """Register an adapter; the first whose `accepts(spec)` is true handles a spec."""

    def register(fn: Adapter) -> Adapter:
        fn.source_name = name  # type: ignore[attr-defined]
        _ADAPTERS.append((name, accepts, fn))
        return fn

    return register


def adapter_for(spec: str, kind: str | None = None) -> Adapter:
    _load_adapters()
    for name, accepts, fn in _ADAPTERS:
        if (kind and name == kind) or (not kind and accepts(spec)):
            return fn
    raise ValueError(f"no source adapter for {spec!r}" + (f" (kind {kind})" if kind else ""))


def iter_source(spec: str, kind: str | None = None, **options: Any) -> Iterator[SourceItem]:
    yield from adapter_for(spec, kind)(spec, **options)


def _load_adapters() -> None:
    import importlib
    import pkgutil

    import pipeline.sources as pkg

    for info in pkgutil.iter_modules(pkg.__path__):
        if info.name != "base":
            importlib.import_module(f"pipeline.sources.{info.name}")
