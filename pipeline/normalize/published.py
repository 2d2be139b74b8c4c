"""Publication dates: from source metadata (ISO strings) or from a dateline in the text."""
from __future__ import annotations

import re
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


_DATELINE = re.compile(
    r"^[^\n]{0,60}?\b(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})\b", re.MULTILINE
)


def _dateline_date(text: str) -> date | None:
    for m in _DATELINE.finditer(text):
        from pipeline.extract.datetext import MONTHS  # here: pipeline.extract imports pipeline.normalize

        month = MONTHS.get(m.group(2).lower())
        if month:
            try:
                return date(int(m.group(3)), month, int(m.group(1)))
            except ValueError:
                continue
    return None


def published_from_text(text: str) -> str | None:
    """The date of a dateline in the first lines ("Palu, 12 Juni 2024 -"), if any."""
    head = "\n".join(text.split("\n")[:4])[:400]
    found = _dateline_date(head)
    return found.isoformat() if found else None
