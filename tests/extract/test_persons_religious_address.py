"""A religious form of address ("Pendeta", "Romo", "Ustadz") opens a person's name as "Bapak" or "H." do."""
import pytest

from pipeline.extract import extract_text
from tests.extract.readers import titles_by_person as persons


def names(text):
    return {p.name for p in extract_text(text).persons}


def test_pendeta_before_a_name_after_a_body_and_comma():
    assert "Yonatan Silitonga" in names("Rapat Koordinasi\nPada kesempatan itu, Majelis Agama Kristen Kota Bandung, "
                                        "Pendeta Yonatan Silitonga menyampaikan pandangannya.")


def test_religious_address_is_no_part_of_the_name():
    ps = {p.name: p for p in extract_text("Rapat Koordinasi\nDoa dipimpin Romo Yulius Tandiara di halaman balai kota.")
          .persons}
    assert "Yulius Tandiara" in ps and ps["Yulius Tandiara"].honorifics == ["Romo"]


def test_a_parish_priest_holds_the_post_of_his_parish_and_congregation_marks_are_no_name():
    facts = extract_text("Misa Syukur\nKupang – Pastor Paroki Santo Yosef Naikoten, RD Yohanes Bria, Pr, memimpin misa "
                         "syukur. Pater Markus Tefa SVD hadir bersama Pastor Andreas Lelo, OFM.")
    ps = {p.name: [t.text for t in p.titles] for p in facts.persons}
    assert ps == {"Yohanes Bria": ["Pastor Paroki Santo Yosef Naikoten"], "Markus Tefa": [], "Andreas Lelo": []}
    assert [o.name for o in facts.organizations] == ["Paroki Santo Yosef Naikoten"]


def test_a_police_rank_written_short_opens_a_name_without_a_post():
    assert "Lukas Wara" in names("Serah Terima Jabatan\nAcara serah terima jabatan dari AKP Lukas Wara kepada Iptu "
                                 "Markus Lado berlangsung di aula Mapolres Ende. Kegiatan ini dihadiri oleh para "
                                 "kepala desa.")



@pytest.mark.parametrize("text, expected", [
    # NTB's Tuan Guru Haji and the Bugis Anregurutta are forms of address, as KH is
    ("Ketua PWNU NTB, TGH. Lalu Ahmad Fauzan, dalam tausiahnya mengajak umat menjaga persatuan.",
     {"Lalu Ahmad Fauzan": ["Ketua PWNU NTB"]}),
    ("Ketua MUI Kabupaten Bone, AG. H. Muhammad Syukri Nasrullah, menyampaikan tausiah singkat.",
     {"Muhammad Syukri Nasrullah": ["Ketua MUI Kabupaten Bone"]}),
    ("Pimpinan Pondok Pesantren DDI Mangkoso, AG. KH. Faried Wadjedy Nasrun, Lc., berpesan kepada lulusan.",
     {"Faried Wadjedy Nasrun": ["Pimpinan Pondok Pesantren DDI Mangkoso"]}),
    # Buddhist and Hindu clergy: the word of address is no part of the name
    ("Perayaan dihadiri Ketua Walubi Sulsel, Pandita Hendra Wijaya Tanuwijaya, dan umat.",
     {"Hendra Wijaya Tanuwijaya": ["Ketua Walubi Sulsel"]}),
    ("Doa dipimpin Bhikkhu Dhammaratana Thera. \"Waisak mengajarkan cinta kasih,\" ujar Bhikkhu Dhammaratana.",
     {"Dhammaratana Thera": []}),
    # the ministry's community guides of each faith (Pembimas) and a diocese's vicar general hold posts
    ("Turut hadir Pembimas Hindu Kanwil Kemenag Sulteng, Ni Made Ayu Suarni, S.Ag.",
     {"Ni Made Ayu Suarni": ["Pembimas Hindu Kanwil Kemenag Sulteng"]}),
    ("Vikjen Keuskupan Maumere, Romo Yohanes Orin Bao, Pr., mengatakan tahbisan ini berkat bagi umat.",
     {"Yohanes Orin Bao": ["Vikjen Keuskupan Maumere"]}),
])
def test_religious_address(text, expected):
    got = persons(text)
    for name, titles in expected.items():
        assert got.get(name) == titles, got
    assert len(got) == len(expected), got
