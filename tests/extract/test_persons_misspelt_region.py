"""A region written with one typo inside a title still closes the title; the holder's name comes after it."""
from pipeline.extract import extract_text


def persons(text):
    return {p.name: p for p in extract_text(text).persons}


def test_misspelt_city_after_secretariat_closes_the_title():
    ps = persons("Rapat Koordinasi\nSementara itu, Kabag Protokol Setdakot Pekanbru Darmawi menyampaikan, "
                 "jadwal kegiatan disusun.")
    assert "Darmawi" in ps
    assert [t.text for t in ps["Darmawi"].titles] == ["Kabag Protokol Setdakot Pekanbaru"]


def test_misspelt_province_short_form_after_dotted_pemprov():
    ps = persons("Rapat Koordinasi\nGubernur didampingi Asisten II (Ekonomi dan Pembangunan) Setda Pemprov. Sulteg "
                 "Moh. Arfan Latif, SE., dan para kepala dinas.")
    assert "Moh. Arfan Latif" in ps
    assert ps["Moh. Arfan Latif"].titles[0].text.endswith("Setda Pemprov. Sulteg")  # the title as written


def test_a_name_near_a_region_name_stays_a_name():
    ps = persons("Rapat Koordinasi\nKepala Dinas Sosial Kabupaten Sigi Sinta Maharani menyerahkan bantuan.")
    assert "Sinta Maharani" in ps


def test_misspelt_region_names_the_government_rightly():
    orgs = {o.name for o in extract_text("Rapat Koordinasi\nGubernur didampingi Asisten II (Ekonomi dan Pembangunan) "
                                         "Setda Pemprov. Sulteg Moh. Arfan Latif, SE., dan para kepala dinas.").organizations}
    assert "Pemprov. Sulteng" in orgs


def test_a_word_near_a_region_name_inside_a_body_name_is_kept():
    orgs = {o.name for o in extract_text("Judul\nKetua Kelompok Wanita Tani Melati Indah hadir.").organizations}
    assert "Kelompok Wanita Tani Melati Indah" in orgs


def test_a_word_of_a_longer_region_name_is_no_misspelt_shorter_region():
    from pipeline.resolve.fuzzy import correct_region_phrase

    assert correct_region_phrase("Kota Lubuk Linggau") == "Kota Lubuk Linggau"  # not Kabupaten Lingga
    assert correct_region_phrase("Pemprov. Sulta") == "Pemprov. Sultra"
