"""Holders in lists of posts written without commas: a name after a post closed by its place, a one-word name
before "dan" and the next post, and the portfolio "Pemberdayaan Masyarakat dan Desa" before a name."""
from pipeline.extract import extract_text


def facts(text):
    return extract_text(text)


def persons(text):
    return {p.name: [t.text for t in p.titles] for p in facts(text).persons}


def test_a_name_opening_with_a_dictionary_word_after_a_post_closed_by_its_place():
    text = ("Wali Kota Bekasi membuka lomba kader posyandu.\n"
            "Tampak hadir Camat Bekasi Utara Karya Wiraguna, para lurah, dan kader posyandu.")
    assert persons(text).get("Karya Wiraguna") == ["Camat Bekasi Utara"]


def test_one_word_holder_before_dan_and_the_next_post():
    text = ("Bupati Kampar membuka rapat koordinasi di Bangkinang.\n"
            "Rapat diikuti Kasubbag Perencanaan dan Keuangan Bappeda Ernida dan Kabag Protokol Rahmat Hidayat.")
    assert persons(text).get("Ernida") == ["Kasubbag Perencanaan dan Keuangan Bappeda"]


def test_desa_closing_the_portfolio_is_no_village_before_the_name():
    text = ("Bupati Kampar membuka rapat koordinasi di Bangkinang.\n"
            "Rapat diikuti Kadis Pemberdayaan Masyarakat dan Desa Rosmaini, Kadis Perindag Rahmat Hidayat, dan camat.")
    f = facts(text)
    ps = {p.name: [t.text for t in p.titles] for p in f.persons}
    assert ps.get("Rosmaini") == ["Kadis Pemberdayaan Masyarakat dan Desa"]
    assert not any(p.name.startswith("Desa") for p in f.places)
