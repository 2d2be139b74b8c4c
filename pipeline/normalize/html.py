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


# Elements that end a paragraph or a line when an HTML fragment is flattened to text.
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section", "article",
           "ul", "ol", "table", "figure", "pre", "hr"}
_DROP = {"script", "style", "noscript", "template", "iframe"}


def fragment_to_text(html: str) -> str:
    """An HTML fragment that is the article already (an API's or a feed's content field) as text, one
    paragraph per block: no boilerplate removal, so a one-paragraph post keeps its paragraph."""
    from html.parser import HTMLParser

    parts: list[str] = []
    skipping = 0

    class Flatten(HTMLParser):
        def handle_starttag(self, tag, attrs):
            nonlocal skipping
            if tag in _DROP:
                skipping += 1
            elif tag in _BLOCKS:
                parts.append("\n\n" if tag != "br" else "\n")

        def handle_endtag(self, tag):
            nonlocal skipping
            if tag in _DROP:
                skipping = max(0, skipping - 1)
            elif tag in _BLOCKS:
                parts.append("\n\n")

        def handle_data(self, data):
            if not skipping:
                parts.append(data)

    parser = Flatten(convert_charrefs=True)
    parser.feed(html)
    parser.close()
    paragraphs = ("\n".join(" ".join(line.split()) for line in block.split("\n")).strip()
                  for block in "".join(parts).split("\n\n"))
    text = "\n\n".join(p for p in paragraphs if p)
    if not text:
        raise RejectError("HTML content has no text")
    return text
