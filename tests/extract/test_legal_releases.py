"""Releases about regulations: drafts, their socialisation and the legal bureau's units and posts."""
from pipeline.extract import extract_text


def _orgs(text):
    return {o.name: o for o in extract_text(text).organizations}


def test_a_setda_unit_written_with_the_setda_short_is_the_same_unit():
    text = ("Sosialisasi Perda Sampah\nBOALEMO - Bagian Hukum Sekretariat Daerah Kabupaten Boalemo menggelar "
            "sosialisasi Peraturan Daerah Nomor 4 Tahun 2024, Rabu (5/3/2025). Kepala Bagian Hukum Setda Boalemo, "
            "Nurdin Kaluku, membuka kegiatan itu.")
    os_ = _orgs(text)
    assert "Bagian Hukum Setda Boalemo" not in os_
    assert "Bagian Hukum Setda Boalemo" in os_["Bagian Hukum Sekretariat Daerah Kabupaten Boalemo"].aliases
