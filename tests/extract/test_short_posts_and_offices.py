"""Short forms of posts and regional offices (OPD) as kabupaten/kota releases write them."""
from pipeline.extract import extract_text


def persons(text):
    return {p.name: p for p in extract_text(text).persons}


def orgs(text):
    return {o.name: o for o in extract_text(text).organizations}


def titles(p):
    return [t.text for t in p.titles]


def test_a_short_form_one_syllable_longer_is_another_office_not_a_typo():
    text = ("Judul\nDinas Koperasi, Perindustrian dan Perdagangan (Diskoperindag) Kabupaten Bima menggelar pasar murah. "
            "Kepala Diskoperindag Bima, Syamsudin Abas, mengatakan dua ton beras disiapkan. Kaban Bapperida Bima, "
            "Rahmat Lasindo, hadir bersama Kabid Trantibum, Abdul Wali.")
    ps = persons(text)
    assert titles(ps["Syamsudin Abas"]) == ["Kepala Diskoperindag Bima"]
    assert titles(ps["Rahmat Lasindo"]) == ["Kaban Bapperida Bima"]
    assert titles(ps["Abdul Wali"]) == ["Kabid Trantibum"]
    os_ = orgs(text)
    assert not any("Disperindag" in n for n in os_)
    assert "Diskoperindag Bima" in os_["Dinas Koperasi, Perindustrian dan Perdagangan Kabupaten Bima"].aliases


def test_a_koramil_numbered_after_its_kodim_is_the_commander_s_post():
    ps = persons("Judul\nDanramil 1602-01/Ende Kapten Inf Markus Ngongo juga hadir bersama warga.")
    assert titles(ps["Markus Ngongo"]) == ["Danramil 1602-01/Ende"]


def test_the_inspektur_is_named_by_his_region_and_the_irban_is_his_deputy():
    text = ("Judul\nInspektorat Daerah Kabupaten Boalemo menggelar reviu dana desa. Kegiatan dibuka Inspektur Boalemo, "
            "Darwis Mohi, didampingi Irban III, Yeni Puluhulawa. Inspektorat Boalemo memeriksa 82 desa.")
    ps = persons(text)
    (t,) = ps["Darwis Mohi"].titles
    assert t.text == "Inspektur Boalemo" and t.region_code == "75.02"
    assert t.organization == "Inspektorat Kabupaten Boalemo"
    assert titles(ps["Yeni Puluhulawa"]) == ["Irban III"]
    assert "Inspektorat Boalemo" in orgs(text)["Inspektorat Daerah Kabupaten Boalemo"].aliases


def test_uptd_before_a_puskesmas_is_its_status():
    os_ = orgs("Judul\nKepala UPTD Puskesmas Bissappu, Nurul Hikmah, mengikuti pelatihan. "
               "Petugas Puskesmas Bissappu melayani 40 pasien.")
    assert "Puskesmas Bissappu" in os_["UPTD Puskesmas Bissappu"].aliases
    assert "Puskesmas Bissappu" not in os_


def test_a_region_s_finance_office_by_its_other_short_forms():
    os_ = orgs("Judul\nHadir Kabid Aset BKAD Majene, Nurhidayah, dan Kepala BPKPD Kota Palu, Budi Lamato.")
    assert os_["BKAD Majene"].kind == "government"
    assert "BPKPD Kota Palu" in os_


def test_a_regional_short_form_without_its_closing_da_is_that_body():
    text = ("Kepala Balitbang Sulbar Yusran Made membuka rapat. Ketua Dekranas Majene, Hj. Rina Lamba, hadir.")
    ps = persons(text)
    assert titles(ps["Yusran Made"]) == ["Kepala Balitbangda Sulbar"]
    assert titles(ps["Rina Lamba"]) == ["Ketua Dekranasda Majene"]


def test_a_ceremonys_inspector_is_no_post_of_an_inspectorate():
    text = "Inspektur Upacara Kolonel Inf Budi Santoso memimpin apel. Inspektur Majene, Nur Alam, hadir."
    ps = persons(text)
    assert [(t.post, t.post_key) for t in ps["Budi Santoso"].titles] == [("Inspektur Upacara", None)]
    assert ps["Nur Alam"].titles[0].post == "Inspektur Kabupaten Majene"


def test_a_head_naming_its_unit_then_a_second_unit_merged_with_it():
    ps = persons("Kasatpol PP dan Damkar Kabupaten Majene, Yusuf Lamba, memimpin apel di halaman kantor bupati.")
    assert titles(ps["Yusuf Lamba"]) == ["Kasatpol PP dan Damkar Kabupaten Majene"]
