import pytest

import pipeline.extract  # noqa: F401  (registers the components)

from pipeline.extract.registry import build_nlp
from pipeline.nlp.state import mentions


@pytest.fixture(scope="module")
def nlp():
    return build_nlp(("warta_sentences", "warta_themes"))


def themes(nlp, text):
    return [m.text for m in mentions(nlp(text), "theme")]


@pytest.mark.parametrize("text,expected", [
    ('Kegiatan ini mengusung tema "Desa Tangguh, Warga Sejahtera" dan diikuti 40 peserta.',
     ["Desa Tangguh, Warga Sejahtera"]),
    ("Peringatan tahun ini bertema “Bersama Menjaga Laut Kita” yang dihadiri Bupati.",
     ["Bersama Menjaga Laut Kita"]),
    ("Seminar bertajuk ‘Literasi Digital untuk Guru’ digelar di aula.", ["Literasi Digital untuk Guru"]),
    ("Acara dengan tema: “Pangan Lokal Kuat” dibuka oleh Sekda.", ["Pangan Lokal Kuat"]),
    ("Tema kegiatan tahun ini adalah “Generasi Sehat Bebas Stunting”.", ["Generasi Sehat Bebas Stunting"]),
    ("Lomba tersebut mengangkat tema Pemuda Bergerak Indonesia Maju, dan diikuti 30 regu.",
     ["Pemuda Bergerak Indonesia Maju"]),
    ("Pameran bertema Kopi Nusantara untuk Dunia berlangsung tiga hari.", ["Kopi Nusantara untuk Dunia"]),
])
def test_theme_forms(nlp, text, expected):
    assert themes(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Materi disusun sesuai dengan tema yang berbeda setiap minggu.",
    "Peserta diminta menulis esai bertema bebas.",
    "Tema tersebut dipilih oleh panitia.",
])
def test_no_theme(nlp, text):
    assert themes(nlp, text) == []


def test_curly_quote_without_closer_on_line_is_skipped(nlp):
    assert themes(nlp, "Kegiatan bertema “Sehat Bersama\nHadir pula Camat.") == []


def test_unquoted_theme_stops_where_the_venue_begins():
    from pipeline.extract.themes import theme_after
    text = "Dinas Perpustakaan menggelar diskusi bertajuk Literasi Digital Desa di Aula Kantor Camat Tinambung, Rabu."
    cue_end = text.index("Literasi")
    start, end = theme_after(text, cue_end)
    assert text[start:end] == "Literasi Digital Desa"
    themed = "Kegiatan ini mengusung tema Bergerak Bersama di Era Digital, kata panitia."
    start, end = theme_after(themed, themed.index("Bergerak"))
    assert themed[start:end] == "Bergerak Bersama di Era Digital"


@pytest.mark.parametrize("text,expected", [
    ("Dinas Kesehatan menggelar webinar dengan tema Cegah Stunting Sejak Dini via Zoom, Senin (3/3/2025).",
     ["Cegah Stunting Sejak Dini"]),
    ("Seminar bertema Desa Digital Desa Maju secara daring dan diikuti 300 peserta.", ["Desa Digital Desa Maju"]),
    ("Sosialisasi bertajuk Pajak Untuk Negeri, Selasa (4/3/2025), diikuti 80 pelaku usaha.", ["Pajak Untuk Negeri"]),
    # "melalui" before anything but a channel stays in the theme
    ("Seminar dengan tema Pemberdayaan Perempuan melalui Digitalisasi UMKM berlangsung meriah.",
     ["Pemberdayaan Perempuan melalui Digitalisasi UMKM"]),
])
def test_an_unquoted_theme_ends_before_the_way_it_is_met_or_its_day(nlp, text, expected):
    assert themes(nlp, text) == expected
