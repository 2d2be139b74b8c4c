"""The Indonesian date grammar: written forms parse back to the same ISO days (property-based) and known cases."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pipeline.extract import extract_text
from pipeline.normalize.datetext import find_dates

MONTH_NAMES = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
               "November", "Desember"]
SHORT = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agt", "Sep", "Okt", "Nop", "Des"]
WEEKDAY_NAMES = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]

days = st.dates(min_value=date(1990, 1, 1), max_value=date(2035, 12, 31))


def _dates(text: str, published: str | None = None):
    return [(d.text, d.start, d.end) for d in extract_text(text, published=published).dates]


def _only(text: str, published: str | None = None):
    found = _dates(text, published)
    assert len(found) == 1, found
    return found[0]


@settings(max_examples=60, deadline=None)
@given(day=days, short=st.booleans())
def test_day_month_year(day, short):
    month = (SHORT if short else MONTH_NAMES)[day.month - 1]
    _, start, end = _only(f"Rapat digelar pada {day.day} {month} {day.year} di kantor camat.")
    assert start == end == day.isoformat()


@settings(max_examples=60, deadline=None)
@given(day=days, length=st.integers(min_value=1, max_value=5),
       connector=st.sampled_from(["-", " - ", " – ", " sampai dengan ", " s.d. ", " s/d ", " hingga "]))
def test_ranges(day, length, connector):
    last = day + timedelta(days=length)
    if last.month == day.month:
        written = f"{day.day}{connector}{last.day} {MONTH_NAMES[day.month - 1]} {last.year}"
    else:
        written = f"{day.day} {MONTH_NAMES[day.month - 1]}{connector}{last.day} {MONTH_NAMES[last.month - 1]} {last.year}"
    text, start, end = _only(f"Kegiatan berlangsung {written} di aula.")
    assert (start, end) == (day.isoformat(), last.isoformat())
    assert text == written


@settings(max_examples=60, deadline=None)
@given(day=days, form=st.sampled_from(["{wd} ({d}/{m}/{y})", "{wd}({d:02d}/{m:02d}/{y})", "{wd}, {d}/{m:02d}/{y}",
                                       "{wd} ({d}/{m}/{yy:02d})", "{wd}, {d} {month} {y}"]))
def test_weekday_forms(day, form):
    written = form.format(wd=WEEKDAY_NAMES[day.weekday()], d=day.day, m=day.month, y=day.year, yy=day.year % 100,
                          month=MONTH_NAMES[day.month - 1])
    assume(not ("yy" in form and not 2000 <= day.year < 2070))  # a two-digit year names 2000-2069 only
    text, start, end = _only(f"Bupati membuka acara, {written}, didampingi sekda.")
    assert text == written
    assert start == end == day.isoformat()


@settings(max_examples=40, deadline=None)
@given(day=days)
def test_year_from_publication_date(day):
    published = day + timedelta(days=2)
    text, start, _ = _only(f"Acara dibuka {WEEKDAY_NAMES[day.weekday()]} ({day.day}/{day.month}) oleh wali kota.",
                           published=published.isoformat())
    assert start == day.isoformat()


def test_year_from_an_earlier_full_date():
    found = _dates("Pelatihan digelar 3 s.d. 6 Oktober 2018 di hotel. Pada Jumat ( 5-10 ) kepala dinas hadir.")
    assert found[1] == ("Jumat ( 5-10 )", "2018-10-05", "2018-10-05")


def test_year_from_a_later_full_date_when_nothing_precedes():
    found = _dates("Pengurus dilantik Rabu (10/10). Mutasi camat dilakukan pada 29 September 2012 lalu.")
    assert found[0] == ("Rabu (10/10)", "2012-10-10", "2012-10-10")


def test_year_from_a_written_year_that_fits_the_weekday():
    assert _only("Program wisata tahun 2015 dikenalkan di Makassar, Selasa (27/1).")[1] == "2015-01-27"


def test_a_target_year_ahead_gives_no_year_to_a_weekday_date():
    text = "Forum warga dikukuhkan di aula kelurahan, Rabu (26/6). Kemitraan ini diharapkan berjalan hingga tahun 2024."
    assert _only(text) == ("Rabu (26/6)", None, None)
    assert _only("Forum warga dikukuhkan Rabu (26/6) untuk masa bakti 2024 mendatang.")[1] is None


def test_no_year_anywhere_keeps_the_mention_without_days():
    assert _only("Perjanjian ditandatangani secara daring (Rabu, 21/4).") == ("Rabu, 21/4", None, None)


def test_year_across_a_year_end():
    assert _only("Musyawarah digelar Kamis (28/12).", published="2024-01-03")[1] == "2023-12-28"


def test_day_ordinal_counts_from_the_event_range():
    found = _dates("Rapat diadakan 11 sampai dengan 13 Juni 2024. Pada hari kedua peserta meninjau pabrik.")
    assert ("hari kedua", "2024-06-12", "2024-06-12") in found


def test_relative_words_need_the_publication_date():
    assert _dates("Warga kemarin menerima bantuan beras.") == []
    assert _only("Warga kemarin menerima bantuan beras.", published="2024-03-05")[1:] == ("2024-03-04", "2024-03-04")


def test_hari_ini_alone_is_not_a_date():
    facts = extract_text("Dinas Sosial Kota Palu hari ini menggelar rapat koordinasi penyaluran bantuan.",
                         published="2024-05-21")
    assert facts.dates == [] and facts.published == "2024-05-21"


def test_relative_word_on_an_already_written_day_is_not_repeated():
    found = _dates("Nota ditandatangani Jumat (31/01/20). Kerja sama yang diteken hari ini bermanfaat.",
                   published="2020-01-31")
    assert [f[0] for f in found] == ["Jumat (31/01/20)"]


@pytest.mark.parametrize("text", [
    "Perbup No. 41 Tahun 2023 tentang germas.",
    "Selama 2 hari peserta mendapat materi.",
    "Mesin tempel 13 PK diserahkan.",
    "Kegiatan dilaksanakan pada Tahun 2024.",
    "Desa 5 Desa binaan menerima bantuan.",
])
def test_not_dates(text):
    assert _dates(text) == []


def test_weekday_conflict_is_flagged_not_fixed():
    facts = extract_text("Gedung diresmikan Kamis(15/09/2023) oleh kakanwil.")
    assert facts.dates[0].start == "2023-09-15"
    assert facts.dates[0].weekday_conflict is True


def test_offsets_point_at_the_text():
    text = "Rapat digelar Selasa, 17 Maret 2020 di aula."
    found = find_dates(text)
    assert text[found[0].start:found[0].end] == "Selasa, 17 Maret 2020"


@pytest.mark.parametrize("written,expected", [
    ("Jumat, (7/12)", ("2018-12-07", "2018-12-07")),
    ("Senin dini hari (10/12)", ("2018-12-10", "2018-12-10")),
    ("Sabtu malam (8/12)", ("2018-12-08", "2018-12-08")),
    ("Rabu dan Kamis (12-13/12)", ("2018-12-12", "2018-12-13")),
])
def test_weekday_forms_with_a_part_of_day_or_two_weekdays(written, expected):
    text, start, end = _only(f"Penyuluhan digelar di balai desa, {written}, oleh penyuluh.", published="2018-12-14")
    assert text.rstrip(")") == written.rstrip(")")
    assert (start, end) == expected


def test_day_and_month_alone_inside_brackets():
    assert _only("Kepala dinas meninjau sekolah di Kab. Sorong (5/11).", published="2024-11-07")[:2] == (
        "5/11", "2024-11-05")
    assert _dates("Sebanyak 3/4 peserta lulus ujian.", published="2024-11-07") == []


def test_full_numeric_date_in_a_dateline():
    assert _only("Surabaya, 30/10/2025 – Pemerintah provinsi membuka pameran.")[1] == "2025-10-30"


def test_two_expressions_of_one_day_are_two_facts():
    found = _dates("Ambon, 4 Maret 2024 – Gubernur membuka rapat pada Senin (4/3) di aula. Pada Senin (4/3) itu pula "
                   "wakil gubernur hadir.")
    assert [f[0] for f in found] == ["4 Maret 2024", "Senin (4/3)"]


def test_relative_word_before_a_written_date_is_part_of_it():
    found = _dates("Mahasiswa magang kemarin 09 Desember 2021 berpamitan kepada kepala dinas.", published="2021-12-20")
    assert [f[0] for f in found] == ["09 Desember 2021"]


def test_year_mistyped_at_a_year_end_yields_to_the_weekday():
    found = _dates("Razia dimulai Senin (10/1/2022). Kasat menjelaskan hasilnya, Selasa (11/1/2021).")
    assert found[1] == ("Selasa (11/1/2021)", "2022-01-11", "2022-01-11")


def test_year_of_a_named_event_year():
    assert _only("Rakor Evaluasi Program Tahun 2019 digelar di hotel (14/6). Sesuai UU Nomor 23 Tahun 2014.")[1] == \
        "2019-06-14"


def test_range_of_two_full_numeric_dates_is_one_range():
    facts = extract_text("Pelatihan operator desa berlangsung selama tiga hari (29/12/2025 - 01/01/2026) di Aula "
                         "Kantor Bupati Sigi.")
    assert [(d.start, d.end) for d in facts.dates] == [("2025-12-29", "2026-01-01")]


@pytest.mark.parametrize("text, start, end", [
    ("Kegiatan itu digelar pada 10/01/2025 di aula.", "2025-01-10", "2025-01-10"),
    ("Kegiatan berlangsung selama tiga hari, 6-8/1/2025.", "2025-01-06", "2025-01-08"),
    ("Kegiatan berlangsung Senin s/d Rabu (6 s/d 8/1/2025).", "2025-01-06", "2025-01-08"),
    ("Kegiatan berlangsung pada 6, 7 dan 8 Januari 2025.", "2025-01-06", "2025-01-08"),
    ("Pameran berlangsung Senin, 30 Desember 2024 hingga Kamis, 2 Januari 2025 di aula.", "2024-12-30", "2025-01-02"),
])
def test_numeric_and_listed_ranges(text, start, end):
    assert [(d.start, d.end) for d in extract_text(text).dates] == [(start, end)]


def test_two_weekday_dates_joined_by_dan_stay_two_days():
    days = [(d.start, d.end) for d in extract_text("Rapat digelar Senin, 6 Januari 2025 dan Kamis, 9 Januari 2025.").dates]
    assert days == [("2025-01-06", "2025-01-06"), ("2025-01-09", "2025-01-09")]


def test_a_datelines_day_and_month_before_the_agency():
    found = extract_text("Kajati: penyuluhan hukum\nAmbon, 27/12 (ANTARA News) - Pihak kejaksaan menyampaikan rencana itu.",
                         published="2018-12-27").dates
    assert [(d.text, d.start) for d in found] == [("27/12", "2018-12-27")]


def test_a_day_and_month_naming_a_street_or_a_square_is_no_date():
    found = _dates("Apel digelar di Alun-alun 10 November Kota Baru, dekat Jalan 17 Agustus, Senin (13/9/2021).")
    assert found == [("Senin (13/9/2021)", "2021-09-13", "2021-09-13")]


def test_a_month_one_off_that_the_weekday_refutes_yields_to_the_publication_date():
    text = ("Bantuan Pangan Disalurkan\nSampit – Dinas Sosial menyalurkan bantuan pangan kepada warga, Selasa, "
            "4 Juli 2026. Penyaluran dipantau langsung oleh camat.")
    facts = extract_text(text, published="2026-08-04")
    assert [(d.start, d.weekday_conflict) for d in facts.dates] == [("2026-08-04", False)]


def test_a_month_one_off_yields_to_another_date_written_in_full():
    text = ("Sampit, Rabu 7 Oktober 2026 – Dinas Sosial menyalurkan bantuan pangan. “Penyaluran sudah di enam desa,” "
            "kata kepala dinas, Rabu, 7 September 2026.")
    facts = extract_text(text)
    assert [(d.start, d.weekday_conflict) for d in facts.dates] == [("2026-10-07", False), ("2026-10-07", False)]


def test_a_weekday_conflict_with_no_date_to_yield_to_keeps_the_written_date():
    text = "Sampit – Dinas Sosial menyalurkan bantuan pangan, Selasa, 4 Juli 2026."
    facts = extract_text(text, published="2026-09-20")
    assert [(d.start, d.weekday_conflict) for d in facts.dates] == [("2026-07-04", True)]


def test_two_full_days_joined_by_a_range_word_are_one_range():
    got = [(start, end) for _, start, end in _dates(
        "Operasi Keselamatan\nOperasi digelar sejak Senin (17/11/2025) hingga Minggu (30/11/2025) di Palu. "
        "Rapat evaluasi Rabu (19/2) s.d. Kamis (20/2) di Sigi.", published="2025-11-17")]
    assert ("2025-11-17", "2025-11-30") in got
    assert ("2025-11-30", "2025-11-30") not in got
    assert any(start.endswith("-02-19") and end.endswith("-02-20") for start, end in got)


def test_a_clock_time_after_the_first_day_keeps_the_range():
    got = [(start, end) for _, start, end in _dates(
        "Peringatan Dini Cuaca\nPeringatan berlaku mulai Sabtu (1/3/2025) pukul 07.00 WITA hingga Senin (3/3/2025) "
        "pukul 19.00 WITA untuk wilayah Sulawesi Tengah bagian utara.", published="2025-03-01")]
    assert got == [("2025-03-01", "2025-03-03")]


def test_a_weekday_range_before_days_and_a_month_name():
    got = extract_text("Pelatihan Guru\nPelatihan digelar Senin-Rabu, 3-5 Maret 2025 di Kota Palu.").dates
    assert [(d.start, d.end, d.weekday_conflict) for d in got] == [("2025-03-03", "2025-03-05", False)]


def test_a_range_word_between_weekdays_and_tanggal_after_the_weekday_belong_to_the_date():
    got = extract_text("Bimtek Desa\nBimtek digelar Selasa s.d. Kamis, 4 s.d. 6 Maret 2025 di Sumbawa Besar. "
                       "Rapat lanjutan pada Rabu, tanggal 12 Maret 2025.").dates
    assert [(d.text, d.start, d.end, d.weekday_conflict) for d in got] == [
        ("Selasa s.d. Kamis, 4 s.d. 6 Maret 2025", "2025-03-04", "2025-03-06", False),
        ("Rabu, tanggal 12 Maret 2025", "2025-03-12", "2025-03-12", False)]


def test_a_sentence_stop_after_the_month_is_not_part_of_the_date():
    assert _only("Berkas diterima paling lambat 10 Maret. Formasi berjumlah 1.200 orang.",
                 published="2025-03-01") == ("10 Maret", "2025-03-10", "2025-03-10")


def test_a_full_numeric_date_written_with_dots():
    assert _only("Baubau, 03.03.2025 - Pemerintah Kota Baubau menyalurkan bantuan sosial.") == (
        "03.03.2025", "2025-03-03", "2025-03-03")


def test_a_weekday_counted_from_the_publication_day():
    got = _dates("Apel Siaga Bencana\nApel digelar Senin lalu di halaman kantor bupati. Wali kota meninjau pasar "
                 "Jumat kemarin dan kembali Selasa mendatang. Rapat evaluasi Kamis pekan depan. "
                 "Minggu lalu warga bergotong royong.", published="2025-03-01")
    assert got == [("Senin lalu", "2025-02-24", "2025-02-24"), ("Jumat kemarin", "2025-02-28", "2025-02-28"),
                   ("Selasa mendatang", "2025-03-04", "2025-03-04"), ("Kamis pekan depan", "2025-03-06", "2025-03-06")]


def test_days_of_two_months_written_with_slashes():
    got = _dates("Festival Kopi\nFestival digelar Jumat-Minggu (28/2-2/3) di Rantepao. Lomba kebersihan (28/2-2/3) "
                 "dinilai tim. Vaksinasi pada tanggal 3/3 hingga 7/3, sebelumnya tanggal 10/2. Sebanyak 2/3 wilayah "
                 "pada 1/2 bagian terdampak.", published="2025-03-01")
    assert got == [("Jumat-Minggu (28/2-2/3)", "2025-02-28", "2025-03-02"), ("28/2-2/3", "2025-02-28", "2025-03-02"),
                   ("3/3 hingga 7/3", "2025-03-03", "2025-03-07"), ("10/2", "2025-02-10", "2025-02-10")]


def test_tahun_lalu_after_a_day_and_month_is_the_year_before_the_release():
    got = _dates("Panen Raya Jagung\nPada 7 Maret tahun lalu luas tanam mencapai 40 ribu hektare. Festival digelar lagi "
                 "5 Juni tahun depan.", published="2025-03-01")
    assert got == [("7 Maret tahun lalu", "2024-03-07", "2024-03-07"), ("5 Juni tahun depan", "2026-06-05", "2026-06-05")]


def test_relative_words_count_from_the_dateline_day():
    got = _dates("Kunjungan Kerja\nKendari, 5 Maret 2025 – Kepala Dinas Kesehatan kemarin meninjau puskesmas dan "
                 "Senin lalu memimpin rapat.", published="2025-03-08")
    assert got[1:] == [("kemarin", "2025-03-04", "2025-03-04"), ("Senin lalu", "2025-03-03", "2025-03-03")]
    got = _dates("Kunjungan Kerja\nPalu, Rabu (5/3/2025) – Wali kota kemarin meninjau pasar.", published="2025-03-10")
    assert got[1:] == [("kemarin", "2025-03-04", "2025-03-04")]
    # without a dated dateline the publication day is the anchor
    assert _dates("Kunjungan Kerja\nPalu – Wali kota kemarin meninjau pasar.", published="2025-03-10") == \
        [("kemarin", "2025-03-09", "2025-03-09")]


def test_a_number_after_ke_is_an_ordinal_not_a_day():
    got = _dates("Harga Beras Naik\nHarga beras pada minggu ke-2 Maret 2025 naik, sedangkan pada pekan ke-3 Februari "
                 "2025 masih stabil. Operasi pasar digelar 18 Maret 2025.", published="2025-03-20")
    assert got == [("18 Maret 2025", "2025-03-18", "2025-03-18")]


def test_a_full_numeric_date_where_a_figure_stands_or_a_period_opens_or_closes():
    got = _dates("Realisasi Dana Desa\nRealisasi per 31/3/2025 mencapai 20 persen, dan sejak 1/1/2025 hingga 30/6/2025 "
                 "naik menjadi 45 persen, sedangkan 2/3 desa per 1/2 tahun.", published="2025-07-01")
    assert got == [("31/3/2025", "2025-03-31", "2025-03-31"), ("1/1/2025 hingga 30/6/2025", "2025-01-01", "2025-06-30")]
