"""A region's short name after a locative word is a place even when the text also uses it for its government."""
from __future__ import annotations

from pipeline.extract import extract_text


def test_short_name_after_locative_is_the_province():
    text = ("Dubes Kunjungi Kendari\nKendari - Pemerintah Provinsi Sulawesi Tenggara (Sultra) menerima rombongan "
            "duta besar. Para dubes datang ke Sultra untuk menjajaki kerja sama dagang. Kunjungan ke Sultra ini "
            "dimanfaatkan Pemprov Sultra untuk promosi.")
    assert "Sulawesi Tenggara" in {p.name for p in extract_text(text).places}


def test_short_name_inside_the_government_stays_out():
    text = "Pemprov Sultra menggelar rapat koordinasi bersama seluruh OPD di aula kantor gubernur."
    assert "Sulawesi Tenggara" not in {p.name for p in extract_text(text).places}
