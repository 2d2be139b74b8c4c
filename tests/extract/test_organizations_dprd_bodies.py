"""Organizations and posts of a regional legislature (fraksi, alat kelengkapan, komisi) named with their DPRD."""
from pipeline.extract import extract_text


def orgs(text):
    return {o.name: o for o in extract_text(text).organizations}


def test_fraksi_is_a_body_named_after_its_party_which_is_listed_too():
    os_ = orgs("Judul\nJuru Bicara Fraksi Partai Golkar, Abdul Rajawali, menyampaikan pandangan umum. Fraksi "
               "Gerindra dan Fraksi Gabungan Amanat Pembangunan menerima Ranperda.")
    assert os_["Fraksi Partai Golkar"].kind == "government"
    assert os_["Partai Golkar"].kind == "association"
    assert {"Fraksi Gerindra", "Fraksi Gabungan Amanat Pembangunan"} <= set(os_)


def test_fraksi_bracket_spells_the_party_and_the_dprd_after_it_is_its_parent():
    os_ = orgs("Fraksi PKS DPRD Boalemo Soroti Serapan\n\nTILAMUTA – Fraksi Partai Keadilan Sejahtera (PKS) DPRD "
               "Kabupaten Boalemo menyoroti serapan anggaran. Ketua Fraksi PKS, Ismail Hulopi, hadir.")
    fraksi = os_["Fraksi Partai Keadilan Sejahtera DPRD Kabupaten Boalemo"]
    assert "Fraksi PKS DPRD Boalemo" in fraksi.aliases
    assert os_["Partai Keadilan Sejahtera"].aliases == ["PKS"]
    assert "DPRD Kabupaten Boalemo" in os_
    assert not any(n.startswith("Fraksi PKS") for n in os_)


def test_fraksi_without_a_name_of_its_own_is_no_body():
    os_ = orgs("Judul\nSeluruh Fraksi DPRD Kota Palu menerima Ranperda tersebut dalam rapat paripurna.")
    assert set(os_) == {"DPRD Kota Palu"}


def test_legislature_organ_bracket_then_its_dprd_is_one_name():
    os_ = orgs("Judul\nBadan Anggaran (Banggar) DPRD Kabupaten Mamuju membahas KUA-PPAS. Badan Kehormatan (BK) DPRD "
               "Provinsi Gorontalo menggelar rapat internal.")
    assert os_["Badan Anggaran DPRD Kabupaten Mamuju"].acronym == "Banggar"
    assert "Badan Kehormatan DPRD Provinsi Gorontalo" in os_
    assert {"DPRD Kabupaten Mamuju", "DPRD Provinsi Gorontalo"} <= set(os_)
    assert "Badan Anggaran" not in os_


def test_organ_short_form_then_its_dprd_is_one_body_and_its_post_a_title():
    text = ("Banggar DPRD Sigi Bahas KUA-PPAS\n\nSIGI – Badan Anggaran (Banggar) DPRD Kabupaten Sigi membahas KUA-PPAS. "
            "Rapat dipimpin Ketua DPRD Sigi selaku Ketua Banggar, Rahmat Lasimpo. Hadir Wakil Ketua Bamus, Nurdin Tanda.")
    f = extract_text(text)
    os_ = {o.name: o for o in f.organizations}
    assert "Banggar DPRD Sigi" in os_["Badan Anggaran DPRD Kabupaten Sigi"].aliases
    assert "Banggar" not in os_
    people = {p.name: [t.text for t in p.titles] for p in f.persons}
    assert people["Rahmat Lasimpo"] == ["Ketua DPRD Sigi", "Ketua Banggar"]
    assert people["Nurdin Tanda"] == ["Wakil Ketua Bamus"]


def test_commission_designated_by_a_letter():
    f = extract_text("Judul\nRapat dipimpin Ketua Komisi C, Yakobus Wally, didampingi Sekretaris Komisi C, Ruth Ohee. "
                     "Ketua Komisi A DPRD Kabupaten Jayapura, Markus Taime, juga hadir. Komisi C DPRD Jayapura menutup rapat.")
    people = {p.name: [t.text for t in p.titles] for p in f.persons}
    assert people["Yakobus Wally"] == ["Ketua Komisi C"]
    assert people["Ruth Ohee"] == ["Sekretaris Komisi C"]
    names = {o.name for o in f.organizations}
    assert {"Komisi C DPRD Jayapura", "Komisi A DPRD Kabupaten Jayapura"} <= names


def test_a_member_s_recess_in_a_headline_is_no_name_and_is_the_event():
    title = "Anggota Komisi II DPRD Sikka Reses di Kecamatan Alok Timur"
    f = extract_text(f"{title}\n\nMAUMERE – Anggota Komisi II DPRD Kabupaten Sikka, Yosef Dala, menggelar reses "
                     "masa sidang I tahun 2025 di Kelurahan Kota Uneng, Sabtu (8/3/2025). Warga menyampaikan aspirasi.",
                     title=title)
    assert [p.name for p in f.persons] == ["Yosef Dala"]
    assert f.main_event.name.lower().startswith("reses")


def test_a_member_s_electoral_district_written_in_capitals_stands_between_post_and_name():
    f = extract_text("Judul\nAnggota DPRD Kota Ambon dari Daerah Pemilihan Baguala, Jafry Latuheru, melaksanakan reses. "
                     "Anggota DPRD Kota Ambon dari Daerah Pemilihan (Dapil) III, Nona Tupamahu, turut hadir.")
    people = {p.name: [t.text for t in p.titles] for p in f.persons}
    assert people["Jafry Latuheru"] == ["Anggota DPRD Kota Ambon"]
    assert people["Nona Tupamahu"] == ["Anggota DPRD Kota Ambon"]


def test_a_special_committee_is_a_government_body():
    os_ = orgs("Judul\nPanitia Khusus (Pansus) LKPJ DPRD Kota Palu mengunjungi Dinas Kesehatan Kota Palu.")
    assert any(n.startswith("Panitia Khusus") and o.kind == "government" for n, o in os_.items())
