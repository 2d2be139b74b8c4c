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
    text = ("Bupati Banggai membuka rapat koordinasi di Luwuk.\n"
            "Rapat diikuti Kasubbag Perencanaan dan Keuangan Bappeda Ernida dan Kabag Protokol Rahmat Hidayat.")
    assert persons(text).get("Ernida") == ["Kasubbag Perencanaan dan Keuangan Bappeda"]


def test_desa_closing_the_portfolio_is_no_village_before_the_name():
    text = ("Bupati Banggai membuka rapat koordinasi di Luwuk.\n"
            "Rapat diikuti Kadis Pemberdayaan Masyarakat dan Desa Rosmaini, Kadis Perindag Rahmat Hidayat, dan camat.")
    f = facts(text)
    ps = {p.name: [t.text for t in p.titles] for p in f.persons}
    assert ps.get("Rosmaini") == ["Kadis Pemberdayaan Masyarakat dan Desa"]
    assert not any(p.name.startswith("Desa") for p in f.places)


def test_one_word_after_a_post_closed_by_its_place_is_the_holder_though_read_as_a_place():
    from pipeline.extract.facts import Mention
    from pipeline.extract.persons import _unknown_place_after_placed_post

    text = "Mesin itu diboyong Bupati Pidie Jaya Tarmuji untuk dibawa pulang."
    start = text.index("Tarmuji")
    title = {"start": text.index("Bupati"), "end": start - 1, "takes": "place", "has_tail": True}
    p = Mention(start, start + 7, "Tarmuji", kind="person", data={"name": "Tarmuji", "how": "after", "title": title})
    loc = Mention(start, start + 7, "Tarmuji", kind="ner", data={"label": "LOC"})
    assert _unknown_place_after_placed_post(p, loc, title, {start - 1})
    town = Mention(start, start + 7, "Tarmuji", kind="person", data={"name": "Bireuen", "how": "after", "title": title})
    assert not _unknown_place_after_placed_post(town, loc, title, {start - 1})


def test_a_post_written_as_a_reports_field_label_is_its_holders():
    text = ("Laporan Kegiatan Lomba Desa\n\nHari/Tanggal : Senin, 3 Maret 2025\nKetua Panitia : Andi Baso Lallo\n"
            "Komandan Upacara : AKBP Made Suryadi\nSekretaris Panitia : Hasnah Dg. Ngai, S.Pd\n"
            "Bupati Wajo: Kita Harus Kerja Keras")
    got = persons(text)
    assert got.get("Andi Baso Lallo") == ["Ketua Panitia"]
    assert got.get("Made Suryadi") == ["Komandan Upacara"]
    assert got.get("Hasnah Dg. Ngai") == ["Sekretaris Panitia"]
    assert len(got) == 3
