"""A bracket after a body named right after a post, opening with the post's short syllable, is the post's."""
from pipeline.extract import extract_text


def orgs(text):
    return {o.name: o for o in extract_text(text).organizations}


def test_commander_short_form_is_no_alias_of_the_body():
    os_ = orgs("Kunjungan kerja\nMenhan memberi arahan kepada Komandan Komando Wilayah TNI AL (Dankowil) IX "
               "Laksamana Budi Santoso di Ternate.\n")
    assert all("Dankowil" not in o.aliases for o in os_.values())


def test_head_short_form_is_no_alias_of_the_prosecutor_office():
    os_ = orgs("Rapat\nKepala Kejaksaan Negeri (Kajari) Sikka, Budi Santoso, hadir.\n")
    assert all("Kajari" not in o.aliases for o in os_.values())


def test_office_short_form_stays_its_alias():
    os_ = orgs("Rapat\nKepala Kantor Pertanahan (Kantah) Kabupaten Sikka hadir. Kantah Sikka menyiapkan acara.\n")
    assert "Kantah Sikka" in os_["Kantor Pertanahan Kabupaten Sikka"].aliases
