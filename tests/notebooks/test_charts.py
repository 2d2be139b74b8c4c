"""The notebooks' charts: a real time axis, and an event calendar with names and visible multi-day events."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.dates as mdates  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from pipeline.analysis.charts import choose_period, counts_by_period, event_calendar, stacked_over_time  # noqa: E402
from pipeline.paths import find_database  # noqa: E402


def test_periods_follow_the_distance_between_months():
    trends = pd.DataFrame({"month": pd.to_datetime(["2020-10-01", "2020-11-01", "2022-08-01"]),
                           "topic": ["a", "b", "a"], "documents": [5, 4, 6]})
    table, period = counts_by_period(trends, "month", "topic", "documents", period="M")
    ax = stacked_over_time(table, period, "Topics")
    centres = sorted({round(p.get_x() + p.get_width() / 2) for p in ax.patches})
    # 2020-10 and 2020-11 are a month apart, 2020-11 and 2022-08 21 months: a time axis, not categories
    assert centres[1] - centres[0] == pytest.approx(31, abs=1)
    assert centres[2] - centres[1] == pytest.approx(638, abs=2)
    assert isinstance(ax.xaxis.get_major_formatter(), mdates.ConciseDateFormatter)


def test_a_sparse_corpus_is_counted_per_quarter_or_year():
    months = pd.Series(pd.to_datetime(["2020-01-01", "2021-06-01", "2024-12-01"]))
    assert choose_period(months, total=3) == "Y"
    assert choose_period(pd.Series(pd.to_datetime(["2024-01-01", "2024-03-01"])), total=9) == "M"
    assert choose_period(pd.Series(pd.to_datetime(["2024-01-01", "2024-12-01"])), total=14) == "Q"


def test_event_calendar_names_events_and_shows_multi_day_ones():
    events = pd.DataFrame({
        "start": pd.to_datetime(["2021-02-01", "2024-07-24", "2024-09-02"]),
        "end": pd.to_datetime(["2021-02-01", "2024-07-26", "2024-09-02"]),
        "name": ["Rakor Inflasi Daerah", "Pameran UMKM", "Sosialisasi Perda"],
        "province": ["Sulawesi Tengah", "Jawa Timur", None],
    })
    ax = event_calendar(events)
    texts = [t.get_text() for t in ax.texts]
    assert any("Rakor Inflasi Daerah" in t for t in texts) and any("Pameran UMKM" in t and "3 days" in t
                                                                   for t in texts)
    bars = ax.patches
    span = (events["end"].max() - events["start"].min()).days
    assert all(b.get_width() >= 0.005 * span for b in bars)  # a one-day event over years is still visible
    multi = bars[1]
    assert multi.get_facecolor() != bars[0].get_facecolor()


def test_find_database_walks_up_to_the_project(tmp_path):
    project = tmp_path / "p"
    (project / "notebooks" / "deep").mkdir(parents=True)
    (project / "pyproject.toml").write_text("")
    with pytest.raises(FileNotFoundError, match="make run"):
        find_database(project / "notebooks" / "deep", environ={})
    (project / "warta.duckdb").write_bytes(b"")
    assert find_database(project / "notebooks" / "deep", environ={}) == project / "warta.duckdb"
    assert find_database(project, environ={"WARTA_DB": "/x/y.duckdb"}) == project.__class__("/x/y.duckdb")
