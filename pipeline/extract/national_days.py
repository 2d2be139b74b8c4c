"""The fixed days the Republic observes (data/national_days.tsv) as the date of their own ceremonies.

A release about "Upacara Peringatan Detik-Detik Proklamasi Kemerdekaan RI ke-76" often gives no date: the ceremony is
held on 17 August. The observance's date nearest the publication date (within a month) is taken; without a
publication date nothing is guessed.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from pipeline.tables import load_tsv

REACH_DAYS = 31  # a ceremony is reported within a month of its day


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern[str], dict[str, tuple[int, int]]]:
    days = {" ".join(r["phrase"].split()): (int(r["month"]), int(r["day"])) for r in load_tsv("national_days")}
    alts = "|".join(re.escape(p).replace(r"\ ", r"[\s-]+") for p in sorted(days, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE), days


def observance_date(texts: list[str], published: date | None) -> date | None:
    """The day of the first national observance named in `texts`, in the year that puts it nearest `published`."""
    if published is None:
        return None
    pattern, days = _table()
    for text in texts:
        m = pattern.search(text or "")
        if m is None:
            continue
        month, day = days[" ".join(m.group(0).lower().replace("-", " ").split())]
        options = []
        for year in (published.year - 1, published.year, published.year + 1):
            try:
                options.append(date(year, month, day))
            except ValueError:
                continue
        best = min(options, key=lambda d: abs((d - published).days))
        return best if abs((best - published).days) <= REACH_DAYS else None
    return None
