"""Publication dates: from source metadata (ISO strings) or from a dateline in the text."""
from __future__ import annotations

from datetime import date, datetime


def parse_published(value: str | None) -> str | None:
    """An ISO date from the forms sources give (ISO date/datetime, RFC 822 dates in feeds)."""
    if not value:
        return None
    value = str(value).strip()
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    try:
        from email.utils import parsedate_to_datetime

        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    found = _dateline_date(value)
    return found.isoformat() if found else None


def _dateline_date(text: str) -> date | None:
    """The first full date (with its year) the date grammar finds: "Palu, 12 Juni 2024", "Kamis (14/11/2024)"."""
    from pipeline.normalize.datetext import find_dates, span_dates

    for found in find_dates(text):
        if found.form in ("relative", "ordinal") or not found.year:
            continue
        start, _ = span_dates(found, None)
        if start:
            return start
    return None


def published_from_text(text: str) -> str | None:
    """The date of a dateline in the first lines ("Palu, 12 Juni 2024 -"), if any."""
    head = "\n".join(text.split("\n")[:4])[:400]
    found = _dateline_date(head)
    return found.isoformat() if found else None
