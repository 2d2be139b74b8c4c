"""A line written in capitals writes its abbreviations in capitals too ("PLT.", "PROV."): no sentence ends there,
and an event name read in it is never cut inside a word. Sentences written for the tests."""
from pipeline.extract.event_phrases import lexicon, scan_name_end
from pipeline.extract.run import extract_document
from pipeline.normalize.document import make_document


def _event(text: str) -> dict:
    facts = extract_document(make_document(text, source="t", published="2024-03-01")).to_json()
    return facts.get("main_event") or {}


def test_a_capitals_headline_keeps_its_abbreviated_region():
    text = ("PELATIHAN APLIKASI PERSURATAN TERKAIT ARSIP DIGITAL DISPAR PROV. MALUKU UTARA\n"
            "Dinas Komunikasi dan Informatika Provinsi Maluku Utara mengadakan pelatihan aplikasi persuratan "
            "kepada Dinas Pariwisata Provinsi Maluku Utara pada Rabu, 6 Maret 2024.")
    assert _event(text)["name"] == "PELATIHAN APLIKASI PERSURATAN TERKAIT ARSIP DIGITAL DISPAR PROV. MALUKU UTARA"


def test_an_abbreviation_in_capitals_ends_no_sentence():
    from pipeline.extract.registry import build_nlp
    doc = build_nlp()("PLT. BUPATI MEMBUKA LOMBA PERAHU NAGA DI KAB. LEMBAH HIJAU\nIsi berita.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["PLT.", "Isi"]


def test_a_word_the_limit_cuts_is_not_read_in_part():
    text = "RAPAT KERJA SEKSI DEKORASI PROV. SULAWESI"
    at = text.index("KERJA")
    end = scan_name_end(text, at + len("KERJA"), lexicon(), set(), limit=text.index("SULAWESI") + 1)
    assert text[:end] == "RAPAT KERJA SEKSI DEKORASI PROV."


def test_a_sentence_case_headline_takes_the_body_case_of_its_event_name():
    text = ("Kementerian luncurkan sistem rating permainan nusantara di kota denpasar\n"
            "Kementerian Komunikasi resmi merilis Sistem Rating Permainan Nusantara di Kota Denpasar, Bali, pada "
            "Rabu (6/3/2024).")
    assert _event(text)["name"] == "Peluncuran Sistem Rating Permainan Nusantara"
