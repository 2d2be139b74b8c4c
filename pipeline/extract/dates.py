"""Dates: calendar days and ranges in the text, normalized to ISO (grammar in pipeline.normalize.datetext).

Years the text omits come, in order, from the publication date (across a year end when that is nearer), the
nearest preceding full date, the nearest following one, for a weekday-numeric form a year written in the text that
agrees with the weekday, and for a form without weekday the one year the text names as "tahun 2019" (not a law's
"Nomor 23 Tahun 2014"); otherwise start/end stay null. Relative words ("kemarin", "hari ini", "Senin lalu") count
from the dateline's full date ("Kendari, 5 Maret 2025 -"), the day the release was written, else from the
publication date; day ordinals ("hari kedua") count from the dated range they follow. A weekday that does not fit
the date is flagged (weekday_conflict); only a written year one off, refuted by the weekday, yields to the
publication year or another date's year that fits, and a written month one off to the month that makes it the
publication date or another date written in full. Each written expression is one fact, also when two name the
same day.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.normalize import datetext as dt
from pipeline.extract.facts import DateSpan, Facts, Mention
from pipeline.nlp.state import add_mention, doc_text, mentions
from pipeline.tables import load_list

HALF_YEAR = 183


@Language.factory("warta_dates")
class DatesComponent:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        published = published_date(doc)
        # "Jalan 17 Agustus", "Alun-alun 19 November": a name, not a day (nor a year for the others)
        found = [d for d in dt.find_dates(text)
                 if d.form in ("relative", "weekday_relative", "ordinal") or not _names_a_place(text, d.start)]
        written = dt.dateline_day(text, found) or published  # "kemarin" counts from the day the release was written
        hints = None
        named: set[int] = set()
        resolved: list[tuple[dt.DateText, date | None, date | None]] = []
        for i, d in enumerate(found):
            if d.form in ("relative", "weekday_relative"):
                if _names_next_date(text, d, found[i + 1:i + 2]):
                    continue  # "kemarin 09 Desember 2021", "hari ini, Jumat (23/5)": the written date says the day
                if d.form == "weekday_relative":
                    day = dt.weekday_from(written, d.weekday, d.offset or 0) if written else None
                    resolved.append((d, day, day))
                    continue
                day = dt.shift(written, d.offset or 0) if written else None
                resolved.append((d, day, day))
                continue
            if d.form == "ordinal":
                resolved.append((d, None, None))  # after the ranges around it are known
                continue
            year = None
            if not d.year and not d.year2:
                if hints is None:
                    hints = [int(m.group()) for m in dt.YEAR_HINT.finditer(text)
                             if not _horizon(text, m.start(), m.end())]
                    named = {int(m.group("year")) for m in dt.NAMED_YEAR.finditer(text)}
                year = _infer_year(d, found, i, published, hints or [], named)
                other = _OTHER_YEAR.match(text, d.end)
                if other and (published or year):  # "7 Maret tahun lalu": the year before the release's
                    base = published.year if published else year
                    year = base + (1 if other.group("when").lower() in ("depan", "mendatang") else -1)
                    d = replace(d, end=other.end(), text=text[d.start:other.end()])
            elif d.weekday is not None and d.year and not d.year2:
                fixed = _mistyped_year(d, found, i, published)
                d = replace(d, year=fixed) if fixed else d
                month = None if fixed else _mistyped_month(d, found, i, published)
                d = replace(d, month=month) if month else d
            start, end = dt.span_dates(d, year)
            resolved.append((d, start, end))
        for k, (d, start, end) in enumerate(resolved):
            if d.form == "ordinal":
                start, end = _ordinal_day(d, resolved[:k][::-1] + resolved[k + 1:])
            if d.form == "ordinal" and start is None:
                continue  # "hari kedua" with no dated event before it is not a date
            if d.form in ("relative", "weekday_relative") and start is None:
                continue
            conflict = d.weekday is not None and start is not None and start.weekday() != d.weekday
            add_mention(doc, Mention(d.start, d.end, d.text, kind="date", data={
                "start": start.isoformat() if start else None,
                "end": end.isoformat() if end else None,
                "form": d.form,
                "offset": d.offset if d.form == "relative" else None,
                "weekday_conflict": conflict,
            }))
        return doc


@lru_cache(maxsize=1)
def _name_heads() -> frozenset[str]:
    return frozenset(load_list("date_name_heads"))


def _names_a_place(text: str, start: int) -> bool:
    """The day and month follow a word that heads a street's, a square's or a campus's name."""
    before = re.search(r"([\w-]+)\.?\s+$", text[max(0, start - 24):start])
    return bool(before) and before.group(1).lower() in _name_heads()


def published_date(doc: Doc) -> date | None:
    """The document's publication date, when it has a readable one."""
    return _iso(doc._.published)


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
                hints: list[int], named: set[int]) -> int | None:
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
    if not options and d.weekday is None and len(named) == 1:
        return next(iter(named))  # the one year the text names ("Rakor PATEN Tahun 2019 ... (14/6)")
    return options[0] if options else None


_OTHER_YEAR = re.compile(r"\s+tahun\s+(?P<when>lalu|kemarin|depan|mendatang)\b", re.IGNORECASE)
_HORIZON_BEFORE = re.compile(r"\b(?:hingga|sampai|sampe|s\.\s?d\.?)\s+(?:dengan\s+)?(?:(?:akhir\s+)?tahun\s+)?$",
                             re.IGNORECASE)
_HORIZON_AFTER = re.compile(r"\s*(?:mendatang|yang\s+akan\s+datang)\b", re.IGNORECASE)


def _horizon(text: str, start: int, end: int) -> bool:
    """'bermitra hingga tahun 2024', 'tahun 2024 mendatang': a target year ahead, not the year of the text's days."""
    return bool(_HORIZON_BEFORE.search(text, max(0, start - 30), start) or _HORIZON_AFTER.match(text, end))


def _names_next_date(text: str, d: dt.DateText, following: list[dt.DateText]) -> bool:
    return bool(following) and following[0].form not in ("relative", "weekday_relative") and \
        _ADJACENT.fullmatch(text[d.end:following[0].start]) is not None


_ADJACENT = re.compile(r"[\s,]*(?:pada\s+|tanggal\s+)?(?:hari\s+)?\(?\s*")


def _mistyped_year(d: dt.DateText, found: list[dt.DateText], i: int, published: date | None) -> int | None:
    """A written year one off that the weekday refutes while the publication date or another date of the text gives
    one that fits: the year mistyped around a year end ("Selasa (11/1/2021)" in a January 2022 release)."""
    written = _with_year(d, d.year)
    if written is None or written.weekday() == d.weekday:
        return None
    others = [x.year2 or x.year for x in found[:i] + found[i + 1:] if (x.year or x.year2)]
    if published:
        others.append(published.year)
    for y in dict.fromkeys(others):
        day = _with_year(d, y)
        if abs(y - d.year) == 1 and day and day.weekday() == d.weekday:
            return y
    return None


def _mistyped_month(d: dt.DateText, found: list[dt.DateText], i: int, published: date | None) -> int | None:
    """A written month one off that the weekday refutes, when the month it should be gives the publication date
    or another date written in full ("Selasa, 4 Juli 2020" beside the dateline's "Selasa 4 Agustus 2020")."""
    written = _with_year(d, d.year)
    if written is None or d.month2 or written.weekday() == d.weekday:
        return None
    known = {dt.safe_date(x.year, x.month, x.day) for x in found[:i] + found[i + 1:]
             if x.year and x.month and x.day and not x.day2}
    known.add(published)
    for month in (d.month - 1, d.month + 1):
        day = dt.safe_date(d.year, month, d.day) if 1 <= month <= 12 else None
        if day is not None and day.weekday() == d.weekday and day in known:
            return month
    return None


def _ordinal_day(d: dt.DateText, candidates: list) -> tuple[date | None, date | None]:
    """"hari kedua" -> the second day of the nearest dated range before it (else the first one after it)."""
    for prev, start, end in candidates:
        if start and end and end > start and prev.form in ("day_month", "range_months"):
            day = end if d.offset == -1 else dt.shift(start, (d.offset or 1) - 1)
            return (day, day) if day <= end else (None, None)
    return None, None


_RELATIVE = ("relative", "weekday_relative")


def to_facts(doc: Doc, facts: Facts) -> None:
    # One fact per written expression: "4 November 2025" in the dateline and "Selasa (4/11)" in the body are two
    # facts of the same day, a repeated "Selasa (4/11)" is one. "hari ini" naming a day already written out adds
    # nothing, while a day ordinal ("hari kedua") is its own fact. "hari ini" alone is the publication day
    # (kept as `published`), not a date the release gives.
    days: set = set()
    texts: set = set()
    ordered = sorted(mentions(doc, "date"), key=lambda m: (m.data.get("form") in _RELATIVE, m.start))
    kept = []
    for m in ordered:
        day = (m.data["start"], m.data["end"])
        written = (re.sub(r"\W+", " ", m.text.lower()).strip(), m.data["start"])
        if m.data.get("form") in _RELATIVE and (day in days or m.data.get("offset") == 0):
            continue
        if written in texts:
            continue
        texts.add(written)
        if m.data["start"]:
            days.add(day)
        kept.append(m)
    for m in sorted(kept, key=lambda m: m.start):
        facts.dates.append(DateSpan(text=m.text, start=m.data["start"], end=m.data["end"], span=(m.start, m.end),
                                    weekday_conflict=m.data["weekday_conflict"]))
