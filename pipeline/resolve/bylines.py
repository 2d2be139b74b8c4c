"""Credit lines: the dateline's source in brackets ("Tanggamus (Journal) :"), the desk after a dateline
("PURBALINGGA, HUMAS –") and the closing byline ("(Humas/Andi)", "(Rel/Diskominfo)", "(Andika)")."""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.resolve.lexicon import fold
from pipeline.tables import load_tsv

_CLOSING = re.compile(r"\(([^()\n]{2,80})\)\s*\.?\s*$")
_DATELINE_SOURCE = re.compile(r"\A\s*(?:[^\n()]{2,60}\n+)?[A-Z][A-Za-z .,\-]{1,40}?\s*\(([A-Za-z][\w .&\-]{1,30})\)\s*[:\-–—]")
_DATELINE_DESK = re.compile(r"^[A-Z][A-Z .\-]{2,40},\s*([A-Za-z]{3,20})\s*[-–—]", re.MULTILINE)


def closing_parts(text: str) -> list[tuple[int, int, str]]:
    """(start, end, part) of each '/'- or ','-separated part of a byline in brackets at the end of the text."""
    m = _CLOSING.search(text)
    if not m:
        return []
    return _parts(m.group(1), m.start(1))


def dateline_source(text: str) -> tuple[int, int, str] | None:
    m = _DATELINE_SOURCE.search(text[:300])
    if not m:
        return None
    return m.start(1), m.end(1), m.group(1)


def dateline_desk(text: str) -> tuple[int, int, str] | None:
    m = _DATELINE_DESK.search(text[:400])
    if not m:
        return None
    return m.start(1), m.end(1), m.group(1)


def _parts(body: str, offset: int) -> list[tuple[int, int, str]]:
    out = []
    for m in re.finditer(r"[^/,;]+", body):
        part = m.group(0)
        stripped = part.strip()
        if not stripped:
            continue
        s = offset + m.start() + part.index(stripped)
        out.append((s, s + len(stripped), stripped))
    return out


@lru_cache(maxsize=1)
def desk_heads() -> frozenset[str]:
    """Folded words that open a press desk's name in bylines and datelines ("Humas", "Inmas"): a desk, not a
    reporter."""
    return frozenset(fold(r["head"]) for r in load_tsv("org_heads") if r["body"] == "byline")
