"""Reports of figures: a figure named by an event word is no happening, and an event the body says is to come is a
plan, not the event reported (sentences written for the tests)."""
import pipeline.extract  # noqa: F401  (registers the components)
from pipeline.extract.run import extract_text


def _event(text: str):
    return extract_text(text, published="2025-03-01").main_event


def test_an_area_harvested_is_a_figure_not_a_harvest_held():
    text = ("Produksi Padi Kabupaten Pinrang Capai 300 Ribu Ton\nPINRANG - Dinas Pertanian Kabupaten Pinrang mencatat "
            "produksi padi semester I 2025 sebesar 300.120 ton dari luas panen 50.100 hektare. Produktivitas naik "
            "menjadi 6 ton per hektare.")
    assert _event(text) is None


def test_a_campaign_still_to_come_in_a_report_of_coverage_is_a_plan():
    text = ("Capaian Imunisasi Kota Ambon\nAMBON - Capaian imunisasi dasar lengkap di Kota Ambon hingga Agustus 2025 "
            "sebesar 71,4 persen dari target 95 persen. Kepala Dinas Kesehatan Kota Ambon, Ronald Tuhumury, "
            "mengatakan pihaknya akan menggelar Bulan Imunisasi Anak Nasional pada 1-31 Oktober 2025.")
    assert _event(text) is None


def test_a_campaign_held_in_a_report_of_coverage_is_still_the_event():
    text = ("BIAN Digelar di Kota Ambon\nAMBON - Capaian imunisasi dasar lengkap di Kota Ambon sebesar 71,4 persen. "
            "Dinas Kesehatan Kota Ambon menggelar Bulan Imunisasi Anak Nasional di Puskesmas Passo, Senin "
            "(3/3/2025).")
    event = _event(text)
    assert event is not None and event.start == "2025-03-03"
