from pipeline.extract import extract_text


def persons(text):
    return {p.name: p for p in extract_text(text).persons}


def test_glued_short_head_of_a_centre_is_a_post():
    ps = persons("Rapat dibuka oleh Kapuslatkes Kemhan Brigjen TNI Budi Hartono di Jakarta.")
    assert [t.text for t in ps["Budi Hartono"].titles] == ["Kapuslatkes Kemhan"]
    assert persons("Buku itu disusun bersama peserta, kata Kapuslatkes KMP LAN.") == {}


def test_glued_head_then_unit_short_name_then_holder():
    ps = persons("Kepala Pusat Pengembangan Sarana Rina Wulandari membuka pelatihan. Menurut Kapusbang Sarpras "
                 "Rina Wulandari, pelatihan ini penting.")
    assert list(ps) == ["Rina Wulandari"]
    assert "Kapusbang Sarpras" in [t.text for t in ps["Rina Wulandari"].titles]


def test_one_word_heading_the_next_post_of_a_list_is_no_name():
    ps = persons("Hadir antara lain Kepala Dinas Kominfo Sultra, Waasops Panglima TNI dan Kapolres Kendari.")
    assert "Waasops" not in ps


def test_kepala_dinas_or_badan_glued_to_its_body_short_form_is_a_post():
    ps = persons("Kadisparpora Pohuwato Budi Lasena melepas kontingen atlet ke Gorontalo.")
    assert list(ps) == ["Budi Lasena"]
    assert [t.text for t in ps["Budi Lasena"].titles] == ["Kadisparpora Pohuwato"]
    ps = persons("Kabandiklat Maluku Utara Hasan Umasugi memberi sambutan.")
    assert [t.text for t in ps["Hasan Umasugi"].titles] == ["Kabandiklat Maluku Utara"]
