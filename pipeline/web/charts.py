"""Chart geometry for SVG drawn by the templates: a timeline of spells and a heatmap of topics by month.

Only numbers and labels are computed here; the templates write the SVG elements, so every label is escaped.
Nothing is fetched from elsewhere: the pages work offline.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Bar:
    label: str
    x: float
    y: float
    width: float
    acting: bool
    title: str


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class Timeline:
    width: int
    height: int
    label_width: int
    bars: list[Bar]
    ticks: list[Tick]
    row_height: int


def timeline(spells, width: int = 900, label_width: int = 280, row_height: int = 26) -> Timeline | None:
    """One row per spell (post, first_seen..last_seen); None when no spell has a date."""
    dated = [s for s in spells if s.get("first_seen") or s.get("last_seen")]
    if not dated:
        return None
    starts = [s.get("first_seen") or s["last_seen"] for s in dated]
    ends = [s.get("last_seen") or s["first_seen"] for s in dated]
    lo, hi = min(starts), max(ends)
    lo = date(lo.year, 1, 1)
    hi = date(hi.year + 1, 1, 1)
    days = (hi - lo).days
    plot = width - label_width - 30  # room for the last year's label
    scale = plot / days

    def x(d: date) -> float:
        return label_width + (d - lo).days * scale

    bars = []
    for i, (s, a, b) in enumerate(zip(dated, starts, ends)):
        left = x(a)
        right = max(x(b + timedelta(days=1)), left + 6)  # a one-day spell stays visible
        marker = f" ({s['marker']})" if s.get("marker") else ""
        bars.append(Bar(f"{s['post']}{marker}", left, 8 + i * row_height, right - left, bool(s.get("acting")),
                        f"{s['post']}{marker}: {a} to {b}, {s.get('documents', 0)} document(s)"))
    years = range(lo.year, hi.year + 1)
    step = max(1, len(years) // 8)
    ticks = [Tick(x(date(y, 1, 1)), str(y)) for y in years[::step]]
    return Timeline(width, 8 + len(dated) * row_height + 24, label_width, bars, ticks, row_height)


@dataclass(frozen=True)
class Cell:
    x: float
    y: float
    opacity: float
    title: str


@dataclass(frozen=True)
class Heatmap:
    width: int
    height: int
    label_width: int
    cell: float
    topics: list[tuple[float, str]]
    months: list[Tick]
    cells: list[Cell]


def heatmap(rows, label_width: int = 190, max_width: int = 760) -> Heatmap | None:
    """Topics (rows) by month (columns); a cell's shade is its documents relative to the busiest cell."""
    rows = [r for r in rows if r["month"] is not None]
    if not rows:
        return None
    first = min(r["month"] for r in rows)
    last = max(r["month"] for r in rows)
    months = []
    m = date(first.year, first.month, 1)
    while m <= last:
        months.append(m)
        m = date(m.year + (m.month == 12), m.month % 12 + 1, 1)
    column = {m: i for i, m in enumerate(months)}
    totals: dict[str, int] = {}
    for r in rows:
        totals[r["topic"]] = totals.get(r["topic"], 0) + r["documents"]
    topics = sorted(totals, key=lambda t: (-totals[t], t))[:15]
    line = {t: i for i, t in enumerate(topics)}
    cell = max(4.0, min(22.0, (max_width - label_width - 10) / len(months)))
    peak = max(r["documents"] for r in rows if r["topic"] in line)
    cells = [Cell(label_width + column[r["month"]] * cell, 4 + line[r["topic"]] * 22, 0.15 + 0.85 * r["documents"] / peak,
                  f"{r['topic']}, {r['month']:%Y-%m}: {r['documents']} document(s)")
             for r in rows if r["topic"] in line]
    step = max(1, int(60 // cell))
    ticks = [Tick(label_width + i * cell, f"{m:%Y-%m}") for i, m in enumerate(months) if i % step == 0]
    return Heatmap(int(label_width + max(len(months) * cell, 60) + 30), 4 + len(topics) * 22 + 26, label_width, cell,
                   [(4 + i * 22, t) for i, t in enumerate(topics)], ticks, cells)
