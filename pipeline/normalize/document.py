"""The Document every later stage works on, and `normalize` that makes it from a RawDocument."""
from __future__ import annotations

from pipeline.normalize.decode import decode_body
from pipeline.normalize.hashing import content_hash, document_id
from pipeline.normalize.html import fragment_to_text, html_to_text
from pipeline.normalize.language import detect_language
from pipeline.normalize.published import parse_published, published_from_text
from pipeline.normalize.text import clean_text, light_clean
from pipeline.records import Document  # noqa: F401  (re-exported)
from pipeline.rejects import RejectError
from pipeline.sources.base import RawDocument

MIN_WORDS = 20
# Longest text extracted (characters): a release is a few thousand; a text of millions is a report or a dump,
# rejected here, before anything is stored, rather than half-loaded. MAX_CHARS_LIMIT is spaCy's own bound.
MAX_CHARS = 200_000
MAX_CHARS_LIMIT = 1_000_000


def check_max_chars(value: int) -> int:
    """A max_chars setting, or ValueError saying what is allowed."""
    if not isinstance(value, int) or isinstance(value, bool) or not 1_000 <= value <= MAX_CHARS_LIMIT:
        raise ValueError(f"max_chars must be a whole number from 1,000 to {MAX_CHARS_LIMIT:,}, not {value!r}")
    return value


MAX_HEADLINE_CHARS = 250


def headline_of(text: str) -> str | None:
    """The first line when it reads as a headline: short, no closing period, and a body follows it."""
    first, _, rest = text.lstrip().partition("\n")
    first = first.strip()
    if not first or not rest.strip() or len(first) > MAX_HEADLINE_CHARS or first.endswith("."):
        return None
    return first


def make_document(text: str, source: str, title: str | None = None, published: str | None = None,
                  url: str | None = None, media_type: str = "text/plain", language: str | None = None) -> Document:
    """A Document from text that is already clean (used by `warta extract` and `warta eval`)."""
    return Document(
        id=document_id(text),
        source=source,
        text=text,
        title=title if title is not None else headline_of(text),
        published=parse_published(published) if published else published_from_text(text),
        content_hash=content_hash(text),
        language=language,
        media_type=media_type,
        url=url,
        urls=[url] if url else [],
    )


def normalize(raw: RawDocument, check_language: bool = True, min_words: int = MIN_WORDS,
              max_chars: int | None = MAX_CHARS) -> Document:
    """Raise RejectError with a reason a person can act on when the document cannot be used.
    max_chars: longest text accepted (None: MAX_CHARS)."""
    body = decode_body(raw.body)
    title, published = raw.title, raw.published
    if raw.media_type == "text/html" and raw.meta.get("content_only"):
        # an API's or a feed's content field is the article itself: no page boilerplate to remove
        body = fragment_to_text(body)
        text = f"{clean_text(title)}\n\n{clean_text(body)}" if title else clean_text(body)
    elif raw.media_type == "text/html":
        page = html_to_text(body)
        body = page.text
        title = title or page.title
        published = published or page.published
        if title and body.startswith(title):
            body = body[len(title):].lstrip("\n")
        text = f"{clean_text(title)}\n\n{clean_text(body)}" if title else clean_text(body)
    else:
        body = light_clean(body)
        text = f"{clean_text(title)}\n\n{body}" if title and not body.startswith(title) else body
    if not text.strip():
        raise RejectError("empty document (no text after clean-up)")
    limit = max_chars or MAX_CHARS
    if len(text) > limit:
        raise RejectError(f"too long to extract ({len(text):,} characters; max_chars is {limit:,}): split it, "
                          f"or raise max_chars (--max-chars, or max_chars in warta.toml) up to "
                          f"{MAX_CHARS_LIMIT:,}")
    if len(text.split()) < min_words:
        raise RejectError(f"too short ({len(text.split())} words; at least {min_words} needed)")
    language = detect_language(text)
    if check_language and language != "id":
        raise RejectError(f"not Indonesian (language looks like '{language}')")
    doc = make_document(text, raw.source, title=title, published=published, url=raw.url,
                        media_type=raw.media_type, language=language)
    if raw.url:
        doc.urls = [raw.url]
    return doc
