"""Indonesian month and weekday names, with abbreviated and old spellings (shared by dates and datelines)."""
from __future__ import annotations

from pipeline.tables import load_tsv

MONTHS: dict[str, int] = {row["name"].lower(): int(row["month"]) for row in load_tsv("months")}
WEEKDAYS: dict[str, int] = {row["name"].lower(): int(row["weekday"]) for row in load_tsv("weekdays")}
