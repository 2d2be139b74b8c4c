"""Organizations: police and military units, prosecutors' and other national bodies' offices by their short forms."""
import pytest

from pipeline.extract import extract_text


def orgs(text):
    return {o.name: o for o in extract_text(text).organizations}


def test_police_units_by_short_form_with_their_command():
    os_ = orgs("Judul\nPersonel Sat Samapta Polres Wakanda dan Satbinmas Polres Wakanda berpatroli. Anggota "
               "Ditreskrimsus Polda Gondwana menangkap pelaku.")
    assert "Sat Samapta Polres Wakanda" in os_
    assert os_["Sat Samapta Polres Wakanda"].parent == "Polres Wakanda"
    assert "Satbinmas Polres Wakanda" in os_
    assert "Ditreskrimsus Polda Gondwana" in os_


def test_two_directorates_of_one_command_stay_two():
    os_ = orgs("Judul\nAnggota Ditreskrimum Polda Gondwana dan Ditreskrimsus Polda Gondwana bekerja sama. "
               "Bidhumas Polda Gondwana dan Bid Humas Polda Gondwana merilis hasilnya.")
    assert "Ditreskrimum Polda Gondwana" in os_
    assert "Ditreskrimsus Polda Gondwana" in os_
    assert os_["Bid Humas Polda Gondwana"].aliases == ["Bidhumas Polda Gondwana"]


def test_prosecutors_offices_by_short_form_are_their_full_names():
    os_ = orgs("Judul\nKepala Kejaksaan Tinggi Maluku hadir. Bantuan diberikan untuk Kejati Maluku dan Kejari "
               "Buru. Petugas Kanim Ambon juga hadir.")
    assert os_["Kejaksaan Tinggi Maluku"].aliases == ["Kejati Maluku"]
    assert "Kejari Buru" in os_
    assert "Kanim Ambon" in os_


def test_armed_forces_branches_and_naval_commands():
    os_ = orgs("Judul\nUpacara dipimpin Letda TNI-AU Sutarjo. Prajurit TNI Angkatan Laut dari Lantamal IX Wakanda dan "
               "Koarmada II ikut berlatih.")
    assert "TNI-AU" in os_
    assert "TNI Angkatan Laut" in os_
    assert "Lantamal IX Wakanda" in os_
    assert "Koarmada II" in os_
    assert "Sutarjo" not in os_


def test_a_posts_short_form_in_brackets_is_no_alias_of_the_body():
    os_ = orgs("Judul\nHadir Kepala Dinas Kesehatan (Kadinkes) Kabupaten Sleman, Sutarjo, dan Komandan Batalyon "
               "(Danyon) Tirta 901, Letkol Inf Sutarjo.")
    assert "Dinas Kesehatan Kabupaten Sleman" in os_
    assert all(not a.startswith("Kadinkes") for o in os_.values() for a in o.aliases)
    assert "Batalyon" not in os_


def test_a_bracket_after_a_registered_body_naming_another_body_is_not_its_alias():
    os_ = orgs("Judul\nPesawat tiba di Pangkalan TNI AU (Lanud) Sutarjo Wiryo pada pagi hari.")
    assert os_["TNI AU"].aliases == []
    assert "Lanud" in os_


def test_a_bracket_after_two_names_ending_together_defines_the_longer():
    os_ = orgs("Judul\nKetua Ikatan Purnawirawan Sejahtera TNI AD (IPSTA) Mayjen TNI (Purn) Sutarjo hadir.")
    assert os_["Ikatan Purnawirawan Sejahtera TNI AD"].aliases == ["IPSTA"]
    assert os_["TNI AD"].aliases == []


def test_a_named_body_after_a_two_word_post_ends_before_its_holder():
    os_ = orgs("Judul\nTurut hadir Direktur Utama Bank Wakanda Abdul Sutarjo, dan Ketua Dewan Adat Rusdi.")
    assert "Bank Wakanda" in os_
    assert "Bank Wakanda Abdul Sutarjo" not in os_


def test_mass_organizations_by_their_short_forms_with_their_chapter():
    os_ = orgs("Judul\nAcara dihadiri GP Ansor Kabupaten Wakanda, Muslimat NU Kabupaten Wakanda, LDII dan FKPPI.")
    assert "GP Ansor Kabupaten Wakanda" in os_
    assert os_["GP Ansor Kabupaten Wakanda"].kind == "association"
    assert "Muslimat NU Kabupaten Wakanda" in os_
    assert {"LDII", "FKPPI"} <= set(os_)


def test_new_national_bodies_and_regional_offices_by_short_form():
    os_ = orgs("Judul\nKepala BGN Sutarjo bertemu pengurus Danantara, petugas KSOP Bitung, BKSDA Kabupaten Wakanda, "
               "KPP Pratama Palu dan BPTD Wilayah XVIII.")
    assert {"BGN", "Danantara", "KSOP Bitung", "BKSDA Kabupaten Wakanda", "KPP Pratama Palu",
            "BPTD Wilayah XVIII"} <= set(os_)


def test_state_companies_and_international_agencies_by_their_names():
    os_ = orgs("Judul\nBantuan dari JICA, UNHCR dan IOM disalurkan lewat Pegadaian, Jasa Raharja dan ASDP.")
    assert {"JICA", "UNHCR", "IOM", "Pegadaian", "Jasa Raharja", "ASDP"} <= set(os_)
    assert os_["Pegadaian"].kind == "company"


def test_an_ampersand_joins_portfolio_words_like_dan():
    os_ = orgs("Judul\nKepala Dinas Kelautan dan Perikanan Kabupaten Buton hadir. Dinas Kelautan & Perikanan Kabupaten "
               "Buton menyerahkan bantuan bersama Dinas Kesehatan & BPBD.")
    assert os_["Dinas Kelautan dan Perikanan Kabupaten Buton"].aliases == ["Dinas Kelautan & Perikanan Kabupaten Buton"]
    assert {"Dinas Kesehatan", "BPBD"} <= set(os_)


def test_numbered_bodies_with_alike_names_stay_two():
    os_ = orgs("Judul\nSiswa SMK Negeri 2 Wakanda dan siswa SMK Negeri 3 Wakanda berlomba. Hadir juga Kodim 1417/Wakanda "
               "dan Kodim 1418/Wakanda.")
    assert {"SMK Negeri 2 Wakanda", "SMK Negeri 3 Wakanda", "Kodim 1417/Wakanda", "Kodim 1418/Wakanda"} <= set(os_)


def test_schools_and_colleges_by_their_short_heads():
    os_ = orgs("Judul\nSiswa SLB Negeri 1 Wakanda, SD Inpres 2 Wakanda dan mahasiswa STIE Sutarjo Jaya hadir.")
    assert {"SLB Negeri 1 Wakanda", "SD Inpres 2 Wakanda", "STIE Sutarjo Jaya"} <= set(os_)
    assert os_["STIE Sutarjo Jaya"].kind == "education"


def test_a_numbered_unit_named_without_its_number_or_its_name_is_that_unit():
    os_ = orgs("Kodim Sigi gelar karya bakti bersama Yonif 712 di desa\n"
               "Kodim 1306 Kabupaten Sigi bersama Yonif 712/Wiratama menggelar karya bakti di desa itu. Dandim "
               "menyebut Yonif 712/Wiratama selalu siap membantu warga.")
    assert "Kodim 1306 Kabupaten Sigi" in os_ and "Kodim Sigi" in os_["Kodim 1306 Kabupaten Sigi"].aliases
    assert "Yonif 712/Wiratama" in os_ and "Yonif 712" not in os_
    assert "Kodim Sigi" not in os_


def test_unnumbered_unit_stays_apart_when_two_numbered_units_could_be_it():
    os_ = orgs("Judul\nKodim Sigi turut hadir. Prajurit Kodim 1306 Kabupaten Sigi dan Kodim 1307 Kabupaten Sigi berjaga.")
    assert "Kodim Sigi" in os_


def test_numbered_unit_whose_seat_is_a_region_ends_at_the_region_in_a_headline():
    os_ = orgs("Kodim 1307/Poso Gelar Karya Bakti Bersihkan Saluran Irigasi\nPersonel Kodim 1307/Poso dan "
               "Koramil 1307-03/Lage Serahkan Bantuan kepada warga.\n")
    assert "Kodim 1307/Poso" in os_
    assert "Koramil 1307-03/Lage" in os_
    assert not any("Gelar" in n or "Serahkan" in n for n in os_)


def test_registered_body_with_its_level_word_before_the_bracket_is_its_regional_office():
    os_ = orgs("Tes urine\nBadan Narkotika Nasional Provinsi (BNNP) Sulawesi Barat memeriksa 80 pegawai. "
               "Kepala BNNP Sulbar mengapresiasi kegiatan itu.\n")
    assert "Badan Narkotika Nasional Provinsi Sulawesi Barat" in os_
    assert "BNNP Sulbar" in os_["Badan Narkotika Nasional Provinsi Sulawesi Barat"].aliases
    assert "BNNP Sulbar" not in os_


def test_command_and_prison_heads_written_in_full_before_their_short_form_and_number():
    os_ = orgs("Karya bakti\nKomando Distrik Militer (Kodim) 1307/Poso menggelar karya bakti. Rumah Tahanan Negara "
               "Kelas IIB Ampana membuka layanan kunjungan. Komando Rayon Militer (Koramil) 1307-03/Lage hadir.\n")
    assert "Komando Distrik Militer 1307/Poso" in os_
    assert "Rumah Tahanan Negara Kelas IIB Ampana" in os_
    assert "Komando Rayon Militer 1307-03/Lage" in os_


def test_prison_whose_seat_after_its_class_is_a_region_ends_there_in_a_headline():
    os_ = orgs("Lapas Kelas IIB Tolitoli Terima Kunjungan Kerja Kakanwil\nLembaga Pemasyarakatan Kelas IIB Tolitoli "
               "menerima kunjungan kerja.\n")
    assert not any("Terima" in n or any("Terima" in a for a in o.aliases) for n, o in os_.items())
    assert "Lembaga Pemasyarakatan Kelas IIB Tolitoli" in os_


def test_municipal_police_merged_with_the_fire_service_is_one_body():
    os_ = orgs("Tes urine\nBNNK Pohuwato memeriksa personel Satuan Polisi Pamong Praja dan Pemadam Kebakaran Kabupaten "
               "Pohuwato. Sekretaris Satpol PP dan Damkar Pohuwato hadir.\n")
    name = "Satuan Polisi Pamong Praja dan Pemadam Kebakaran Kabupaten Pohuwato"
    assert name in os_
    assert "Satpol PP dan Damkar Pohuwato" in os_[name].aliases


def test_a_police_unit_spelled_out_is_named_with_its_command():
    os_ = orgs("Judul\nSatuan Lalu Lintas Polres Lombok Timur menggelar razia bersama Satuan Reserse Kriminal "
               "Polres Lombok Timur di Selong.")
    assert "Satuan Lalu Lintas Polres Lombok Timur" in os_
    assert os_["Satuan Lalu Lintas Polres Lombok Timur"].parent == "Polres Lombok Timur"
    assert "Satuan Reserse Kriminal Polres Lombok Timur" in os_


def test_a_police_command_of_a_kota_named_as_its_kabupaten_keeps_kota():
    os_ = orgs("Judul\nPolresta Kupang Kota dan Polres Bima Kota menggelar apel di halaman markas.")
    assert "Polresta Kupang Kota" in os_
    assert "Polres Bima Kota" in os_


@pytest.mark.parametrize("text, person, title, org", [
    ("Ketua Pengadilan Tinggi Agama Makassar, Drs. H. Abdul Rahman, hadir.", "Abdul Rahman",
     "Ketua Pengadilan Tinggi Agama Makassar", "Pengadilan Tinggi Agama Makassar"),
    ("Ketua Pengadilan Tata Usaha Negara Ambon, Budi Santoso, hadir.", "Budi Santoso",
     "Ketua Pengadilan Tata Usaha Negara Ambon", "Pengadilan Tata Usaha Negara Ambon"),
    ("Kepala Oditurat Militer IV-18 Manado, Letkol Chk Yusuf Tahir, S.H., hadir.", "Yusuf Tahir",
     "Kepala Oditurat Militer IV-18 Manado", "Oditurat Militer IV-18 Manado"),
])
def test_courts_of_every_branch_and_a_military_law_corps_mark(text, person, title, org):
    facts = extract_text(text, published="2025-03-01")
    assert [(p.name, [t.text for t in p.titles]) for p in facts.persons] == [(person, [title])]
    assert [o.name for o in facts.organizations] == [org]


@pytest.mark.parametrize("text, person, title, org", [
    ("Kepala Cabang Kejaksaan Negeri Halmahera Utara di Tobelo, Frans Tuhumury, hadir dalam rapat itu.",
     "Frans Tuhumury", "Kepala Cabang Kejaksaan Negeri Halmahera Utara di Tobelo",
     "Cabang Kejaksaan Negeri Halmahera Utara di Tobelo"),
    ("Kacabjari Kepulauan Sula di Sanana, Abdul Rahman, mengatakan hal itu.", "Abdul Rahman",
     "Kacabjari Kepulauan Sula di Sanana", None),
])
def test_a_prosecutors_branch_office_is_named_by_its_district_and_its_town(text, person, title, org):
    facts = extract_text(text, published="2025-03-01")
    assert [(p.name, [t.text for t in p.titles]) for p in facts.persons] == [(person, [title])]
    assert [o.name for o in facts.organizations] == ([org] if org else [])


def test_pt_and_a_province_alone_is_its_high_court():
    facts = extract_text("Ketua Pengadilan Tinggi Maluku Utara, Yusuf Tuanaya, membina hakim di Aula PT Maluku Utara. "
                         "Ketua PT Malut berpesan agar hakim menjaga integritas.", published="2025-03-01")
    assert [(o.name, o.aliases, o.kind) for o in facts.organizations] == [
        ("Pengadilan Tinggi Maluku Utara", ["PT Maluku Utara", "PT Malut"], "government")]
