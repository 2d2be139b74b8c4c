"""A document's text cut into segments at every mention boundary, each marked with the innermost fact covering it.

Mentions nest (a place inside an organization's name, a person inside an event sentence): the shortest span
covering a segment gives its colour, and the segment's tooltip lists every fact covering it. Segments hold plain
text; the template escapes it.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    kind: str
    fact_id: int
    start: int
    end: int


@dataclass(frozen=True)
class Segment:
    text: str
    kind: str | None = None          # the innermost covering fact's kind; None: plain text
    fact_id: int | None = None
    covering: tuple[str, ...] = ()   # "kind #fact_id" of every covering fact, innermost first


def valid_spans(mentions, text_length: int) -> tuple[list[Span], int]:
    """Spans inside the text; and how many stored offsets fell outside it (not drawn)."""
    spans, bad = [], 0
    for m in mentions:
        start, end = m["start_char"], m["end_char"]
        if start is None or end is None or not 0 <= start < end <= text_length:
            bad += 1
            continue
        spans.append(Span(m["kind"], m["fact_id"], start, end))
    return spans, bad


def segments(text: str, spans: list[Span]) -> list[Segment]:
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:]):
        covering = sorted((s for s in spans if s.start <= a and s.end >= b), key=lambda s: (s.end - s.start, s.kind))
        if not covering:
            out.append(Segment(text[a:b]))
            continue
        inner = covering[0]
        out.append(Segment(text[a:b], inner.kind, inner.fact_id,
                           tuple(dict.fromkeys(f"{s.kind} #{s.fact_id}" for s in covering))))
    return out
