"""HTML page -> main text, headline and publication date (trafilatura; htmldate as fallback)."""
from __future__ import annotations

import logging
from dataclasses import dataclass

import trafilatura

from pipeline.rejects import RejectError

logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


@dataclass
class Page:
    text: str
    title: str | None
    published: str | None


def html_to_text(html: str) -> Page:
    if not html.strip():
        raise RejectError("empty HTML page")
    result = _extract(html, favor_precision=True)
    if result is None or not (result.text or "").strip():
        # Precision mode drops the body of short or oddly built pages (a WordPress post's bare content).
        result = _extract(html, favor_recall=True)
    if result is None or not (result.text or "").strip():
        raise RejectError("HTML page has no main text (only scripts, navigation or boilerplate)")
    published = result.date
    if not published:
        published = _find_date(html)
    return Page(text=result.text, title=result.title, published=published)


def _extract(html: str, **mode):
    try:
        return trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False,
                                           **mode)
    except Exception as exc:  # trafilatura raises assorted errors on broken markup
        raise RejectError(f"HTML could not be parsed ({type(exc).__name__})") from exc


def _find_date(html: str) -> str | None:
    try:
        from htmldate import find_date

        return find_date(html, extensive_search=False, original_date=True)
    except Exception:
        return None
