"""Dates: calendar days and ranges in the text, normalized to ISO (grammar in pipeline.normalize.datetext).

Years the text omits come, in order, from the publication date (across a year end when that is nearer), the
nearest preceding full date, the nearest following one, and, for a weekday-numeric form only, a year written in the
text that agrees with the weekday; otherwise start/end stay null. Relative words ("kemarin", "hari ini") need the
publication date; day ordinals ("hari kedua") count from the dated range they follow. A weekday that does not fit
the date is flagged (weekday_conflict), never corrected.
"""
from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.normalize import datetext as dt
from pipeline.extract.facts import DateSpan, Facts, Mention
from pipeline.nlp.state import add_mention, doc_text, mentions

HALF_YEAR = 183


@Language.factory("warta_dates")
class DatesComponent:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        published = _iso(doc._.published)
        found = dt.find_dates(text)
        hints = None
        resolved: list[tuple[dt.DateText, date | None, date | None]] = []
        for i, d in enumerate(found):
            if d.form == "relative":
                day = dt.shift(published, d.offset or 0) if published else None
                resolved.append((d, day, day))
                continue
            if d.form == "ordinal":
                resolved.append((d, None, None))  # after the ranges around it are known
                continue
            year = None
            if not d.year and not d.year2:
                if hints is None and d.weekday is not None:
                    hints = [int(m.group()) for m in dt.YEAR_HINT.finditer(text)]
                year = _infer_year(d, found, i, published, hints or [])
            start, end = dt.span_dates(d, year)
            resolved.append((d, start, end))
        for k, (d, start, end) in enumerate(resolved):
            if d.form == "ordinal":
                start, end = _ordinal_day(d, resolved[:k][::-1] + resolved[k + 1:])
            if d.form == "ordinal" and start is None:
                continue  # "hari kedua" with no dated event before it is not a date
            if d.form == "relative" and start is None:
                continue
            conflict = d.weekday is not None and start is not None and start.weekday() != d.weekday
            add_mention(doc, Mention(d.start, d.end, d.text, kind="date", data={
                "start": start.isoformat() if start else None,
                "end": end.isoformat() if end else None,
                "form": d.form,
                "weekday_conflict": conflict,
            }))
        return doc


def _iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _with_year(d: dt.DateText, year: int) -> date | None:
    return dt.safe_date(year, d.month, d.day)


def _near_published(d: dt.DateText, published: date) -> int:
    """The publication year, or the one before/after when the day is nearer across a year end."""
    best = published.year
    candidate = _with_year(d, best)
    if candidate is None:
        return best
    if (candidate - published).days > HALF_YEAR:
        return best - 1
    if (published - candidate).days > HALF_YEAR:
        return best + 1
    return best


def _infer_year(d: dt.DateText, found: list[dt.DateText], i: int, published: date | None,
                hints: list[int]) -> int | None:
    options: list[int] = []
    if published:
        options.append(_near_published(d, published))
    before = [x for x in found[:i] if x.year or x.year2]
    after = [x for x in found[i + 1:] if x.year or x.year2]
    if before:
        options.append(before[-1].year2 or before[-1].year)
    if after:
        options.append(after[0].year or after[0].year2)
    if d.weekday is not None:
        for y in options + (hints if d.form == "weekday_numeric" else []):
            day = _with_year(d, y)
            if day and day.weekday() == d.weekday:
                return y
    return options[0] if options else None


def _ordinal_day(d: dt.DateText, candidates: list) -> tuple[date | None, date | None]:
    """"hari kedua" -> the second day of the nearest dated range before it (else the first one after it)."""
    for prev, start, end in candidates:
        if start and end and end > start and prev.form in ("day_month", "range_months"):
            day = end if d.offset == -1 else dt.shift(start, (d.offset or 1) - 1)
            return (day, day) if day <= end else (None, None)
    return None, None


def to_facts(doc: Doc, facts: Facts) -> None:
    seen: set = set()
    # One fact per day or range; "hari ini" naming a day already written out adds nothing, while a day ordinal
    # ("hari kedua") is its own fact.
    ordered = sorted(mentions(doc, "date"), key=lambda m: (m.data.get("form") == "relative", m.start))
    kept = []
    for m in ordered:
        key = (m.data["start"], m.data["end"]) if m.data["start"] else ("text", m.text.lower())
        if m.data.get("form") == "ordinal":
            key = ("ordinal", m.text.lower(), m.data["start"])
        if key in seen:
            continue
        seen.add(key)
        kept.append(m)
    for m in sorted(kept, key=lambda m: m.start):
        facts.dates.append(DateSpan(text=m.text, start=m.data["start"], end=m.data["end"], span=(m.start, m.end),
                                    weekday_conflict=m.data["weekday_conflict"]))
