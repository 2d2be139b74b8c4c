"""An association's or a party's chapter is written with its level word before the body's name; the level is part
of the chapter's name, and the body named with its region later is the same chapter."""
import pytest

from pipeline.extract import extract_text


def orgs(text):
    return [(o.name, o.aliases, o.kind) for o in extract_text(text).organizations]


def test_a_chapter_and_the_body_in_its_region_are_one():
    assert orgs("Ketua DPD KNPI Kabupaten Maros, Andi Rahmat Sulo, membuka pelatihan. KNPI Maros siap membantu.") \
        == [("DPD KNPI Kabupaten Maros", ["KNPI Maros"], "association")]


@pytest.mark.parametrize("text, name", [
    ("Kegiatan itu digelar PC GP Ansor Majene di aula pada Senin.", "PC GP Ansor Majene"),
    ("Ketua PD Muhammadiyah Kota Ternate, Ahmad Latif, membuka acara.", "PD Muhammadiyah Kota Ternate"),
    ("Acara dihadiri PW Muhammadiyah Maluku Utara dan warga.", "PW Muhammadiyah Maluku Utara"),
    ("Pengurus Cabang PMII Mamuju menggelar dialog pada Senin.", "Pengurus Cabang PMII Mamuju"),
])
def test_the_level_word_opens_the_chapter_name(text, name):
    assert name in [o[0] for o in orgs(text)]


def test_a_party_level_head_before_a_registered_association_is_its_chapter():
    assert orgs("Ketua DPC HNSI Sikka, Yohanes Bolo, mengatakan HNSI Kabupaten Sikka siap membantu.") \
        == [("DPC HNSI Sikka", ["HNSI Kabupaten Sikka"], "association")]


@pytest.mark.parametrize("text, name", [
    ("Pergerakan Mahasiswa Islam Indonesia (PMII) Cabang Majene menggelar dialog.",
     "Pergerakan Mahasiswa Islam Indonesia Cabang Majene"),
    ("Gabungan Organisasi Wanita (GOW) Kabupaten Sikka menggelar bazar.", "Gabungan Organisasi Wanita Kabupaten Sikka"),
    ("PMKRI Cabang Kupang menggelar diskusi pada Senin.", "PMKRI Cabang Kupang"),
])
def test_mass_organizations_take_their_chapter(text, name):
    assert name in [o[0] for o in orgs(text)]


@pytest.mark.parametrize("text, name, alias", [
    # the level's initials in brackets after the level written in full
    ("Dewan Pimpinan Daerah (DPD) Partai Hanura Provinsi Sulawesi Barat menggelar rapat kerja. Ketua DPD Partai "
     "Hanura Sulbar, Rudi Mappasessu, membuka rapat.",
     "Dewan Pimpinan Daerah Partai Hanura Provinsi Sulawesi Barat", "DPD Partai Hanura Sulbar"),
    # the party's word is no part of the chapter's name
    ("Dewan Pimpinan Wilayah (DPW) Partai Perindo Provinsi Gorontalo menggelar rapat. Sekretaris DPW Perindo "
     "Gorontalo, Yusuf Lamadi, hadir.",
     "Dewan Pimpinan Wilayah Partai Perindo Provinsi Gorontalo", "DPW Perindo Gorontalo"),
    # the party's short form of initials and its last word, then the chapter's region
    ("Dewan Pimpinan Cabang (DPC) Partai Demokrasi Indonesia Perjuangan (PDI Perjuangan) Kabupaten Sikka menggelar "
     "rapat. Ketua DPC PDI Perjuangan Kabupaten Sikka, Yosef Bata, membuka rapat.",
     "Dewan Pimpinan Cabang Partai Demokrasi Indonesia Perjuangan Kabupaten Sikka",
     "DPC PDI Perjuangan Kabupaten Sikka"),
])
def test_a_party_chapter_written_in_full_and_short_is_one(text, name, alias):
    found = {o[0]: o[1] for o in orgs(text)}
    assert name in found and alias in found[name]
