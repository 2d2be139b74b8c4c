"""Main event extraction on sentences written for the tests, through the real pipeline."""
import pytest

import pipeline.extract  # noqa: F401  (registers the components)
from pipeline.extract import extract_text
from pipeline.extract.event_phrases import find_candidates, lexicon, scan_name_end
from pipeline.extract.events import choose

RAKOR = (
    "Rapat Koordinasi Ketahanan Pangan Kabupaten Maros Tahun 2025\n\n"
    "Maros – Dinas Ketahanan Pangan Kabupaten Maros menyelenggarakan Rapat Koordinasi Ketahanan Pangan "
    "Kabupaten Maros Tahun 2025 pada 3 sampai dengan 4 Februari 2025 bertempat di Hotel Grand Maros. "
    "Rakor dibuka secara resmi oleh Sekretaris Daerah Kabupaten Maros. "
    "Dalam rakor ini disepakati bahwa Rapat Koordinasi Ketahanan Pangan Tahun 2026 akan dilaksanakan di "
    "Kabupaten Pangkep."
)


@pytest.fixture(scope="module")
def rakor():
    return extract_text(RAKOR, title="Rapat Koordinasi Ketahanan Pangan Kabupaten Maros Tahun 2025")


def test_headline_names_the_event(rakor):
    assert rakor.main_event is not None
    assert rakor.main_event.name == "Rapat Koordinasi Ketahanan Pangan Kabupaten Maros Tahun 2025"
    assert rakor.main_event.kind == "rapat koordinasi"


def test_dates_of_the_event_sentence(rakor):
    assert (rakor.main_event.start, rakor.main_event.end) == ("2025-02-03", "2025-02-04")


def test_future_event_is_separate(rakor):
    assert [e.future for e in rakor.events] == [True]
    assert "2026" in rakor.events[0].name


def test_name_stops_at_clause_boundaries():
    lex = lexicon()
    text = "menggelar Sosialisasi Peraturan Daerah Nomor 5 Tahun 2023 yang dihadiri para camat."
    start = text.index("Sosialisasi") + len("Sosialisasi")
    assert text[text.index("Sosialisasi"):scan_name_end(text, start, lex, set())] == \
        "Sosialisasi Peraturan Daerah Nomor 5 Tahun 2023"


def test_name_keeps_a_regulation_number_after_comma():
    lex = lexicon()
    text = "acara sosialisasi Peraturan Wali Kota Bitung, No.12 Tahun 2021 tentang Kawasan Tanpa Rokok. Hadir"
    start = text.index("sosialisasi") + len("sosialisasi")
    name = text[text.index("sosialisasi"):scan_name_end(text, start, lex, set())]
    assert name.endswith("tentang Kawasan Tanpa Rokok")


def test_passive_verb_becomes_a_noun_phrase():
    text = "Bitung – Sebanyak 20 Kepala Sekolah Dasar dilantik di Aula Kantor Wali Kota, Senin (3/2/2025)."
    cands = find_candidates(text, [(0, len(text))], 0, set())
    rep, _ = choose(cands)
    assert rep.name == "Pelantikan 20 Kepala Sekolah Dasar"


def test_verb_form_becomes_a_noun_phrase():
    text = "Pemkot Bitung menandatangani Nota Kesepahaman tentang Pengelolaan Sampah dengan 3 perusahaan swasta."
    rep, _ = choose(find_candidates(text, [(0, len(text))], 0, set()))
    assert rep.name == "Penandatanganan Nota Kesepahaman tentang Pengelolaan Sampah"
    assert rep.kind == "penandatanganan kerja sama"


def test_statement_without_event_has_no_main_event():
    text = ("Harga beras di pasar tradisional naik tipis pada pekan ini. Pemerintah meminta warga tidak panik "
            "karena stok dinilai cukup hingga akhir tahun.")
    assert extract_text(text).main_event is None
