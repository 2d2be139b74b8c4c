"""A single page URL, or a list of page URLs (one per line; blank lines and '#' comments skipped) in a local
file or, with `listing`, at a URL."""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pipeline.rejects import Reject
from pipeline.sources.base import SourceItem, source
from pipeline.sources.fetch import is_http, page_ref
from pipeline.sources.http import FetchError, HttpClient


@source("urls", accepts=is_http, priority=-10)  # any other URL adapter that accepts a spec goes first
def iter_urls(spec: str, state=None, pattern: str | None = None, listing: bool = False,
              client: HttpClient | None = None, **_: Any) -> Iterator[SourceItem]:
    """listing: the URL spec is a text file of URLs rather than a page."""
    if is_http(spec) and not listing:
        yield page_ref(state, spec)
        return
    try:
        if is_http(spec):
            page = (client or HttpClient()).get(spec, accept=("text/plain",))
            lines = page.body.decode(page.charset or "utf-8-sig").splitlines()
        else:
            lines = Path(spec).read_text(encoding="utf-8-sig").splitlines()
    except FetchError as exc:
        yield Reject(spec, f"URL list: {exc.reason}")
        return
    except (OSError, UnicodeDecodeError, LookupError) as exc:
        yield Reject(spec, f"URL list could not be read ({exc})")
        return
    wanted = re.compile(pattern) if pattern else None
    seen: set[str] = set()
    for lineno, line in enumerate(lines, 1):
        words = line.split()
        url = words[0] if words and not words[0].startswith("#") else ""
        if not url or url in seen or (wanted and not wanted.search(url)):
            continue
        seen.add(url)
        if not is_http(url):
            yield Reject(f"{spec}#{lineno}", f"not an http(s) URL: {url[:80]!r}")
            continue
        yield page_ref(state, url)
