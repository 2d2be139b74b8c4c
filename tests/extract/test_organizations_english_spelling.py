"""An English-ordered name keeps its English words."""
from pipeline.extract import extract_text


def orgs(text):
    return {o.name: o for o in extract_text(text).organizations}


def test_english_name_is_not_spelt_as_indonesian_words():
    os_ = orgs("Kerja sama pembiayaan\nStandard Chartered Bank dan Bank Mandiri bertindak sebagai agen penjual.\n")
    assert "Standard Chartered Bank" in os_


def test_a_post_word_the_bracket_spells_opens_the_english_name():
    os_ = orgs("Bupati Gowa menerima rombongan Senior Advisory Group (SAG) Persatuan Lulusan Universitas Tadulako, "
               "Jumat (28/2/2025). SAG menyampaikan dukungan bagi program daerah.")
    assert "Senior Advisory Group" in os_ and "Advisory Group" not in os_
