"""An English-ordered name keeps its English words."""
from pipeline.extract import extract_text


def orgs(text):
    return {o.name: o for o in extract_text(text).organizations}


def test_english_name_is_not_spelt_as_indonesian_words():
    os_ = orgs("Kerja sama pembiayaan\nStandard Chartered Bank dan Bank Mandiri bertindak sebagai agen penjual.\n")
    assert "Standard Chartered Bank" in os_
