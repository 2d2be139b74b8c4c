"""Charts of the notebooks, kept here so that they are tested: a time axis for counts over time, and an event
calendar that names its events and keeps multi-day events visible.

Counts over time pick their period from the data: months when there are enough documents per month, else
quarters, else years, so that a small corpus spread over years still shows a shape rather than a row of 1s.
"""
from __future__ import annotations

import pandas as pd

# period code -> (label, bar width in days, pandas period alias)
PERIODS = {"M": ("month", 24, "M"), "Q": ("quarter", 75, "Q"), "Y": ("year", 300, "Y")}
MIN_PER_PERIOD = 3.0  # documents per period on average below which a coarser period is used
MAX_EVENTS = 30  # events drawn on the calendar (the latest); the table lists them all
MIN_BAR_SHARE = 0.006  # a one-day event is drawn at least this share of the time span wide


def choose_period(dates: pd.Series, total: float, min_per_period: float = MIN_PER_PERIOD) -> str:
    """'M', 'Q' or 'Y': the finest period with at least `min_per_period` of `total` per period on average."""
    dates = pd.to_datetime(dates.dropna())
    if dates.empty:
        return "M"
    first, last = dates.min(), dates.max()
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    for code, spans in (("M", months), ("Q", -(-months // 3)), ("Y", last.year - first.year + 1)):
        if total / spans >= min_per_period:
            return code
    return "Y"


def counts_by_period(frame: pd.DataFrame, date: str, series: str, value: str, top: int = 8,
                     period: str | None = None) -> tuple[pd.DataFrame, str]:
    """A (period start) x series table of summed `value`, the `top` series by total, and the period used."""
    frame = frame.dropna(subset=[date]).copy()
    frame[date] = pd.to_datetime(frame[date])
    period = period or choose_period(frame[date], float(frame[value].sum()))
    frame["period"] = frame[date].dt.to_period(PERIODS[period][2]).dt.start_time
    table = frame.pivot_table(index="period", columns=series, values=value, aggfunc="sum", fill_value=0)
    keep = table.sum().sort_values(ascending=False).index[:top]
    return table[keep].sort_index(), period


def stacked_over_time(table: pd.DataFrame, period: str, title: str, ylabel: str = "documents", ax=None):
    """Stacked bars on a real time axis: gaps between periods with nothing stay visible as gaps."""
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    if ax is None:
        _, ax = plt.subplots(figsize=(10, 4))
    label, width, _ = PERIODS[period]
    x = pd.to_datetime(table.index) + pd.Timedelta(days=width / 2)  # centre each bar inside its period
    bottom = pd.Series(0.0, index=table.index)
    for column in table.columns:
        ax.bar(x, table[column], width=width, bottom=bottom.values, label=str(column), align="center")
        bottom += table[column]
    locator = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.set_xlabel(f"{label} of publication")
    ax.set_ylabel(ylabel)
    ax.set_title(f"{title} per {label}")
    ax.legend(loc="upper left", bbox_to_anchor=(1, 1), fontsize="small")
    return ax


def event_calendar(events: pd.DataFrame, max_events: int = MAX_EVENTS, ax=None):
    """One row per event (the latest `max_events`), labelled with its name and province: a bar from its first
    to its last day, multi-day events in their own colour with their length in days."""
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    dated = events.dropna(subset=["start"]).copy()
    dated["start"] = pd.to_datetime(dated["start"])
    dated["end"] = pd.to_datetime(dated["end"]).fillna(dated["start"])
    dated = dated.sort_values(["start", "name"]).tail(max_events).reset_index(drop=True)
    if ax is None:
        _, ax = plt.subplots(figsize=(11, max(2.5, 0.32 * len(dated) + 1)))
    if dated.empty:
        return ax
    span_days = max(1, (dated["end"].max() - dated["start"].min()).days + 1)
    least = max(1.0, MIN_BAR_SHARE * span_days)
    for i, e in dated.iterrows():
        days = (e["end"] - e["start"]).days + 1
        multi = days > 1
        ax.barh(i, max(days, least), left=mdates.date2num(e["start"]), height=0.6,
                color="tab:orange" if multi else "tab:blue", alpha=0.85)
        where = e.get("province") or ""
        length = f", {days} days" if multi else ""
        ax.text(mdates.date2num(e["start"]) + max(days, least) + least / 2, i,
                f"{str(e['name'])[:60]} ({where}{length})" if where else f"{str(e['name'])[:60]}{length}",
                va="center", fontsize=7.5)
    ax.set_yticks([])
    ax.invert_yaxis()  # earliest at the top
    ax.xaxis_date()
    locator = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    right = mdates.date2num(dated["end"].max()) + 0.35 * span_days  # room for the last labels
    ax.set_xlim(mdates.date2num(dated["start"].min()) - least, right)
    ax.set_title("Event calendar (orange: events over several days)")
    return ax
