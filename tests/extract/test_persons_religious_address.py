"""A religious form of address ("Pendeta", "Romo", "Ustadz") opens a person's name as "Bapak" or "H." do."""
from pipeline.extract import extract_text


def names(text):
    return {p.name for p in extract_text(text).persons}


def test_pendeta_before_a_name_after_a_body_and_comma():
    assert "Yonatan Silitonga" in names("Rapat Koordinasi\nPada kesempatan itu, Majelis Agama Kristen Kota Bandung, "
                                        "Pendeta Yonatan Silitonga menyampaikan pandangannya.")


def test_religious_address_is_no_part_of_the_name():
    ps = {p.name: p for p in extract_text("Rapat Koordinasi\nDoa dipimpin Romo Yulius Tandiara di halaman balai kota.")
          .persons}
    assert "Yulius Tandiara" in ps and ps["Yulius Tandiara"].honorifics == ["Romo"]
