"""An Indonesian date grammar: month and weekday names (data/months.tsv, weekdays.tsv) and the written forms.

`find_dates(text)` returns every calendar expression with its offsets and the parts it states (day, month, year,
weekday, a second day for ranges); years that the text omits stay None for the caller to infer. Forms:

- "12 Juni 2024", "Selasa, 17 Maret 2020", "22 September", "5 Okt. 2019"
- ranges "12-13 Juni 2024", "12 sampai dengan 13 Juni", "4 s.d. 6 Oktober 2018", "30 Mei - 2 Juni 2024",
  "28 Oktober-1 November 2020"
- weekday + numbers "Kamis (14/11/2024)", "Kamis(15/09/2023)", "Kamis, 27/06/2024", "Senin (12/6)", "Rabu (11/12/19)",
  "Jumat ( 5-10 )", "Rabu, 21/4", "Jumat, (7/12)", "Senin dini hari (10/11)", "Rabu dan Kamis (20-21/4)"
- numbers alone only in brackets, after "tanggal" or after a dateline's comma ("(14/11/2024)", "(5/11)",
  "Jakarta, 30/10/2025", "tanggal 10/2"); days of two months "(28/2-2/3)", "Jumat-Minggu (28/2-2/3)"
- relative words "hari ini", "kemarin", "besok", "lusa", weekdays "Senin lalu", "Selasa mendatang", "Kamis pekan
  depan", and day ordinals "hari kedua", "hari terakhir"

One compiled regular expression per form, built once at import; no per-call date parsing library.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from pipeline.tables import load_tsv

MONTHS: dict[str, int] = {row["name"].lower(): int(row["month"]) for row in load_tsv("months")}
WEEKDAYS: dict[str, int] = {row["name"].lower(): int(row["weekday"]) for row in load_tsv("weekdays")}
ORDINALS = {"pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6, "ketujuh": 7,
            "terakhir": -1}
RELATIVE = {"hari ini": 0, "kemarin": -1, "besok": 1, "lusa": 2, "esok hari": 1}


def _alternation(names) -> str:
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))


_WD = rf"(?P<wd>{_alternation(WEEKDAYS)})"
_MON = _alternation(MONTHS)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_MONTH_NUM = r"(?:0?[1-9]|1[0-2])"  # a month written as a number
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_CONN = r"\s*(?:-|–|—|s\.\s?d\.?|s/d|sd|sampai\s+dengan|sampai|hingga|dan|&)\s*"
_RANGE_CONN = r"\s*(?:-|–|—|s\.\s?d\.?|s/d|sd|sampai\s+dengan|sampai|hingga)\s*"  # "... hingga Kamis, 2 Januari"

# Patterns are tried only where a number or a weekday stands (anchors), with .match: scanning a whole text with
# long alternations is what makes date search slow.
# a day may follow a word's comma with no space ("BUNGKU,25 Maret 2025"), not a number's (a decimal comma); a number
# after "ke-" is an ordinal ("minggu ke-2 Maret 2025" is a week of March), never a day
_ANCHOR = re.compile(rf"(?:(?<![\w/.,])|(?<=[^\W\d],))(?<!\bke-)\d{{1,2}}(?!\d)|\b{_WD}\b", re.IGNORECASE)
# "Selasa, 17 Maret", "Senin-Rabu, 3-5 Maret": the weekday (of the first day) before a day and month
# "Selasa s.d. Kamis, 4 s.d. 6 Maret", "Rabu, tanggal 5 Maret 2025": a range word between weekdays, "tanggal" after
_WD_BEFORE = re.compile(
    rf"\b{_WD}(?:\s*(?:-|–|s\.\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga|dan)\s*(?:{_alternation(WEEKDAYS)}))?"
    rf"\s*(?:,|\()?\s*(?:(?:tanggal|tgl\.?)\s+)?$", re.IGNORECASE)
# "30 Mei - 2 Juni 2024", "28 Oktober-1 November 2020", "30 Desember 2023 s.d. 2 Januari 2024"
_RANGE_TWO_MONTHS = re.compile(
    rf"(?P<d1>{_DAY})\s+(?P<m1>{_MON})\.?(?:\s+(?P<y1>{_YEAR}))?(?:{_CONN}|{_RANGE_CONN}(?:{_alternation(WEEKDAYS)})\s*,?\s*)"
    rf"(?P<d2>{_DAY})\s+(?P<m2>{_MON})\.?(?![A-Za-z])(?:\s+(?P<y2>{_YEAR})(?!\d))?(?:\s*\))?",
    re.IGNORECASE)
# "12 Juni 2024", "12-13 Juni 2024", "12 sampai dengan 13 Juni", "17 Maret 2020", "6, 7 dan 8 Januari"
_DAY_MONTH = re.compile(
    rf"(?P<d1>{_DAY})(?:(?:\s*,\s*{_DAY})*{_CONN}(?P<d2>{_DAY}))?\s+(?P<m1>{_MON})\.?(?![A-Za-z])"
    rf"(?:,?\s+(?P<y1>{_YEAR})(?!\d))?(?:\s*\))?",
    re.IGNORECASE)
# "Kamis (14/11/2024)", "Kamis, 27/06/2024", "Senin (12/6)", "Jumat ( 5-10 )", "Rabu (11/12/19)"
_WD2 = rf"(?:\s*(?:dan|-|–|s\.\s?d\.?|sampai|hingga)\s*(?:{_alternation(WEEKDAYS)}))?"
# "Senin dini hari (10/11)", "Sabtu malam (8/6)": a part of the day between the weekday and the numbers.
_PART_OF_DAY = r"(?:\s+(?:dini\s+hari|pagi|siang|sore|malam)(?:\s+hari)?)?"
_WEEKDAY_NUMERIC = re.compile(
    rf"{_WD}{_WD2}{_PART_OF_DAY}\s*(?:,\s*\(?\s*|\(\s*|\s)\s*(?P<d1>{_DAY})(?:\s*[-–]\s*(?P<d2>{_DAY})(?=\s*/))?"
    rf"\s*(?P<sep>[/.\-])\s*(?P<m1>{_MONTH_NUM})"
    rf"(?:\s*(?P=sep)\s*(?P<y1>\d{{4}}|\d{{2}}))?(?![\d/])(?!\s+(?:{_MON})(?![A-Za-z]))(?:\s*\))?",
    re.IGNORECASE)
# "Jumat-Minggu (28/2-2/3)", "Senin (30/12/2024 - 2/1/2025)": days of two months written with slashes
_WEEKDAY_NUMERIC_RANGE = re.compile(
    rf"{_WD}{_WD2}{_PART_OF_DAY}\s*(?:,\s*\(?\s*|\(\s*|\s)\s*(?P<d1>{_DAY})\s*/\s*(?P<m1>{_MONTH_NUM})"
    rf"(?:\s*/\s*(?P<y1>{_YEAR}))?{_RANGE_CONN}(?P<d2>{_DAY})\s*/\s*(?P<m2>{_MONTH_NUM})"
    rf"(?:\s*/\s*(?P<y2>{_YEAR}))?(?![\d/])(?:\s*\))?", re.IGNORECASE)
# "(28/2-2/3)", "tanggal 3/3 hingga 7/3": the same without a weekday, in brackets or after "tanggal"/"pada"
_NUMERIC_SHORT_RANGE = re.compile(
    rf"(?P<d1>{_DAY})/(?P<m1>{_MONTH_NUM}){_RANGE_CONN}(?P<d2>{_DAY})/(?P<m2>{_MONTH_NUM})(?![\d/])",
    re.IGNORECASE)
# "tanggal 10/2": a day and month alone after "tanggal" ("pada 2/3" may be a fraction)
_NUMERIC_SHORT_TANGGAL = re.compile(rf"(?P<d1>{_DAY})/(?P<m1>{_MONTH_NUM})(?![\d/])")
_TANGGAL_BEFORE = re.compile(r"\b(?:tanggal|tgl\.?)\s$", re.IGNORECASE)
# "(14/11/2024)", "tanggal 14-11-2024", "Baubau, 03.03.2025"
_NUMERIC = re.compile(
    rf"(?P<d1>{_DAY})(?P<sep>[/\-.])(?P<m1>{_MONTH_NUM})(?P=sep)(?P<y1>{_YEAR})(?![\d/])", re.IGNORECASE)
# "(30/09/2024 - 01/10/2024)", "tanggal 28-10-2024 s.d. 1-11-2024": a range of two full numeric dates
_NUMERIC_RANGE = re.compile(
    rf"(?P<d1>{_DAY})(?P<sep>[/\-])(?P<m1>{_MONTH_NUM})(?P=sep)(?P<y1>{_YEAR})"
    rf"{_RANGE_CONN}(?P<d2>{_DAY})(?P=sep)(?P<m2>{_MONTH_NUM})(?P=sep)(?P<y2>{_YEAR})(?![\d/])", re.IGNORECASE)
# "6-8/1/2025", "(6 s/d 8/1/2025)": days of one month written numerically
_NUMERIC_DAYS = re.compile(
    rf"(?P<d1>{_DAY}){_CONN}(?P<d2>{_DAY})(?P<sep>/)(?P<m1>{_MONTH_NUM})(?P=sep)(?P<y1>{_YEAR})(?![\d/])",
    re.IGNORECASE)
# after a bracket, "tanggal", "pada", or a comma ("Jakarta, 30/10/2025", "tiga hari, 6-8/1/2025")
_NUMERIC_BEFORE = re.compile(r"(?:\(\s?|\btanggal\s|\btgl\.?\s|\bpada\s|[A-Za-z],\s)$", re.IGNORECASE)
# a full numeric date, with its year, also where a figure stands at or a period opens or closes ("per 31/3/2025",
# "hingga 30/6/2025", "sejak 1/1/2025")
_NUMERIC_FULL_BEFORE = re.compile(r"(?:\bper\s|\bposisi\s|\bhingga\s|\bsejak\s|\bmulai\s|\bs\.d\.?\s|\bs/d\s)$",
                                  re.IGNORECASE)
# "(5/11)": day and month alone, only inside brackets
_NUMERIC_SHORT = re.compile(rf"(?P<d1>{_DAY})/(?P<m1>{_MONTH_NUM})(?=\s*\))")
_SHORT_BEFORE = re.compile(r"\(\s?$")
# "Ambon, 27/12 (ANTARA) -": a dateline's day and month, before the agency's name or the dash
_DATELINE_SHORT = re.compile(rf"(?P<d1>{_DAY})/(?P<m1>{_MONTH_NUM})(?=\s*(?:\(|[-–—]\s))")
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[A-Z][A-Za-z .'-]{1,30},\s?$")
_RELATIVE = re.compile(rf"\b(?P<rel>{_alternation(RELATIVE)})\b", re.IGNORECASE)
# "Senin lalu", "Jumat kemarin", "Selasa mendatang", "Kamis pekan depan": a weekday counted from the publication day.
# Capitalized only, and not "Minggu": "minggu lalu" is last week.
WEEKDAY_WHEN = {"lalu": -1, "yang lalu": -1, "kemarin": -1, "mendatang": 1, "depan": 1, "yang akan datang": 1,
                "pekan lalu": -7, "pekan depan": 7, "ini": 0, "pekan ini": 0}
_WEEKDAY_RELATIVE = re.compile(
    rf"\b(?P<wd>{_alternation(n.capitalize() for n in WEEKDAYS if n != 'minggu')})\s+"
    rf"(?P<when>{_alternation(WEEKDAY_WHEN)})\b(?!\s*[(,]?\s*\d)")
_ORDINAL = re.compile(rf"\bhari\s+(?P<ord>{_alternation(ORDINALS)})\b", re.IGNORECASE)
# Year hints for dates written without one ("tahun 2015", "Mangente Ambon 2015").
YEAR_HINT = re.compile(rf"(?<![\d/.,-]){_YEAR}(?![\d/])")
# "Tahun 2019" naming an event's year; "Nomor 23 Tahun 2014" names a regulation.
NAMED_YEAR = re.compile(rf"(?<!\d )\btahun\s+(?P<year>{_YEAR})(?![\d/])", re.IGNORECASE)


@dataclass
class DateText:
    start: int
    end: int
    text: str
    form: str  # day_month | range_months | weekday_numeric | numeric | relative | weekday_relative | ordinal
    day: int | None = None
    month: int | None = None
    year: int | None = None
    day2: int | None = None
    month2: int | None = None
    year2: int | None = None
    weekday: int | None = None
    offset: int | None = None  # relative days, ordinal day of an event (-1 = last), a weekday's WEEKDAY_WHEN


def _year(value: str | None) -> int | None:
    if not value:
        return None
    y = int(value)
    if len(value) == 2:
        y += 2000 if y < 70 else 1900
    return y


def _weekday(m: re.Match) -> int | None:
    wd = m.groupdict().get("wd")
    return WEEKDAYS.get(re.sub(r"\s+", " ", wd.lower())) if wd else None


def _month(value: str | None) -> int | None:
    if value is None:
        return None
    if value.isdigit():
        return int(value)
    return MONTHS.get(value.lower().rstrip("."))


def find_dates(text: str) -> list[DateText]:
    """Every date expression in `text`, longest first where forms overlap, in text order."""
    found: list[DateText] = []
    for anchor in _ANCHOR.finditer(text):
        pos = anchor.start()
        if anchor.group("wd"):
            attempts = (("range_months", _WEEKDAY_NUMERIC_RANGE), ("weekday_numeric", _WEEKDAY_NUMERIC))
        else:
            attempts = (("range_months", _RANGE_TWO_MONTHS), ("day_month", _DAY_MONTH))
            if _NUMERIC_BEFORE.search(text[max(0, pos - 8):pos]):
                attempts += (("range_months", _NUMERIC_RANGE), ("day_month", _NUMERIC_DAYS), ("numeric", _NUMERIC))
                if not text[pos - 2:pos].endswith(", "):
                    attempts += (("range_months", _NUMERIC_SHORT_RANGE),)
                if _TANGGAL_BEFORE.search(text[max(0, pos - 8):pos]):
                    attempts += (("numeric", _NUMERIC_SHORT_TANGGAL),)
            elif _NUMERIC_FULL_BEFORE.search(text[max(0, pos - 8):pos]):
                attempts += (("range_months", _NUMERIC_RANGE), ("day_month", _NUMERIC_DAYS), ("numeric", _NUMERIC))
            if _SHORT_BEFORE.search(text[max(0, pos - 2):pos]):
                attempts += (("numeric", _NUMERIC_SHORT),)
            elif _DATELINE_BEFORE.search(text[max(0, pos - 34):pos]):
                attempts += (("numeric", _DATELINE_SHORT),)
        for form, pattern in attempts:
            m = pattern.match(text, pos)
            if not m:
                continue
            g = m.groupdict()
            start, end = m.start(), m.end()
            weekday = _weekday(m)
            if form in ("range_months", "day_month"):
                before = _WD_BEFORE.search(text[max(0, start - 40):start])
                if before:  # "Selasa, 17 Maret 2020"
                    start = start - (len(text[max(0, start - 40):start]) - before.start())
                    weekday = WEEKDAYS.get(re.sub(r"\s+", " ", before.group("wd").lower()))
            span_text = text[start:end]
            if span_text.rstrip().endswith(")") and "(" not in span_text:
                end = start + len(span_text.rstrip()[:-1].rstrip())  # a bracket that is not ours
            elif span_text.endswith("."):
                end -= 1  # "paling lambat 10 Maret.": the sentence's stop, not an abbreviation's
            found.append(DateText(
                start, end, text[start:end], form,
                day=int(g["d1"]), month=_month(g.get("m1")), year=_year(g.get("y1")),
                day2=int(g["d2"]) if g.get("d2") else None, month2=_month(g.get("m2")), year2=_year(g.get("y2")),
                weekday=weekday))
            break
    for m in _RELATIVE.finditer(text):
        found.append(DateText(m.start(), m.end(), m.group(), "relative",
                              offset=RELATIVE[re.sub(r"\s+", " ", m.group("rel").lower())]))
    for m in _WEEKDAY_RELATIVE.finditer(text):
        found.append(DateText(m.start(), m.end(), m.group(), "weekday_relative", weekday=_weekday(m),
                              offset=WEEKDAY_WHEN[re.sub(r"\s+", " ", m.group("when"))]))
    for m in _ORDINAL.finditer(text):
        found.append(DateText(m.start(), m.end(), m.group(), "ordinal", offset=ORDINALS[m.group("ord").lower()]))
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    kept: list[DateText] = []
    for d in found:
        if kept and d.start < kept[-1].end:
            continue
        if kept and _joins_a_range(text, kept[-1], d):
            kept[-1] = _range_of(text, kept[-1], d)  # "Senin (17/11/2025) hingga Minggu (30/11/2025)"
            continue
        kept.append(d)
    return kept


# "Sabtu (1/3/2025) pukul 07.00 WITA hingga Senin (3/3/2025)": the first day's clock time before the range word
_CLOCK = r"(?:\s*,?\s*(?:pukul|pkl\.?|jam)\s*\d{1,2}[.:]\d{2}(?:\s*(?:WIB|WITA|WIT|waktu\s+setempat))?)?"
_RANGE_GAP = re.compile(rf"{_CLOCK}{_RANGE_CONN}$", re.IGNORECASE)
_SINGLE_DAY_FORMS = ("weekday_numeric", "numeric", "day_month")


def _joins_a_range(text: str, a: DateText, b: DateText) -> bool:
    """Two single days written in full, joined only by a range word ("sejak Senin (17/11) hingga Minggu (30/11)",
    "mulai 3 Maret s.d. Jumat, 7 Maret 2025"): one range from the first to the second."""
    return a.form in _SINGLE_DAY_FORMS and b.form in _SINGLE_DAY_FORMS and not a.day2 and not b.day2 \
        and a.month is not None and b.month is not None and _RANGE_GAP.fullmatch(text, a.end, b.start) is not None


def _range_of(text: str, a: DateText, b: DateText) -> DateText:
    return DateText(a.start, b.end, text[a.start:b.end], "range_months", day=a.day, month=a.month,
                    year=a.year, day2=b.day, month2=b.month, year2=b.year, weekday=a.weekday)


def safe_date(year: int | None, month: int | None, day: int | None) -> date | None:
    if not (year and month and day):
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def span_dates(d: DateText, year: int | None) -> tuple[date | None, date | None]:
    """(start, end) of a day-month expression once its year is known."""
    y1 = d.year or year
    if d.form == "range_months":
        y2 = d.year2 or d.year or year
        if not d.year:
            y1 = y2 - 1 if y2 and d.month and d.month2 and d.month > d.month2 else y2  # "30 Desember - 2 Januari 2024"
        return safe_date(y1, d.month, d.day), safe_date(y2, d.month2, d.day2)
    start = safe_date(y1, d.month, d.day)
    end = safe_date(y1, d.month, d.day2) if d.day2 else start
    if start and end and end < start:
        end = None
    return start, end


_DATELINE_REACH = 400  # a dateline stands in the release's first lines


def dateline_day(text: str, found: list[DateText]) -> date | None:
    """The full date of a dateline ("Kendari, 5 Maret 2025 -", "Palu, Rabu (5/3/2025) -"): a date with its year
    right after the line's opening place name and comma, the day the release was written."""
    for d in found:
        if d.start > _DATELINE_REACH:
            break
        if d.year and d.form not in ("relative", "weekday_relative", "ordinal") \
                and _DATELINE_BEFORE.search(text[max(0, d.start - 34):d.start]):
            return span_dates(d, None)[0]
    return None


def shift(day: date, days: int) -> date:
    return day + timedelta(days=days)


def weekday_from(published: date, weekday: int, when: int) -> date:
    """The weekday before (-1) or after (1) the publication day, or in its week (0), the week before (-7) or after (7)."""
    if when in (-1, 1):
        gap = (weekday - published.weekday()) % 7 if when == 1 else (published.weekday() - weekday) % 7
        return published + timedelta(days=when * (gap or 7))
    return published + timedelta(days=weekday - published.weekday() + when)
