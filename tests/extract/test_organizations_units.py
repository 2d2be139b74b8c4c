"""Organizations: a unit named with the body it belongs to, and that body listed on its own."""
from pipeline.extract import extract_text


def orgs(text):
    return {o.name: o for o in extract_text(text).organizations}


def test_unit_followed_by_its_parent_is_one_name_and_the_parent_its_own():
    os_ = orgs("Judul\nKepala Subbagian Umum dan Kepegawaian Satpol PP Kabupaten Garut, Rina, menjelaskan.")
    assert "Subbagian Umum dan Kepegawaian Satpol PP Kabupaten Garut" in os_
    assert os_["Subbagian Umum dan Kepegawaian Satpol PP Kabupaten Garut"].parent == "Satpol PP Kabupaten Garut"
    assert "Satpol PP Kabupaten Garut" in os_


def test_unknown_unit_word_before_a_parent_belongs_to_the_unit():
    os_ = orgs("Judul\nRapat ditutup siang hari. (Biro Humlog Setjen Kemenhub)")
    assert "Biro Humlog Setjen Kemenhub" in os_
    assert "Setjen Kemenhub" in os_


def test_secretariat_and_regional_office_name_their_ministry():
    os_ = orgs("Judul\nPegawai Setjen Kemhan dan Kanwil Kemenkumham Jawa Barat mengikuti apel.")
    assert "Kemhan" in os_
    assert "Kemenkumham" in os_
    assert "Kanwil Kemenkumham Jawa Barat" in os_


def test_portfolio_word_after_dan_keeps_the_name_whole():
    os_ = orgs("Judul\nPusat Kajian dan Manajemen Risiko Kemenkeu menerbitkan laporan.")
    assert "Pusat Kajian dan Manajemen Risiko Kemenkeu" in os_


def test_a_numbered_document_of_a_body_is_not_its_jurisdiction():
    os_ = orgs("Judul\nFatwa Majelis Ulama Indonesia Nomor 7 Tahun 2020 dibahas kembali.")
    assert "Majelis Ulama Indonesia" in os_
    assert not any("Nomor" in n for n in os_)


def test_divisi_of_a_commission_is_a_unit():
    os_ = orgs("Judul\nKoordinator Divisi Hukum dan Pengawasan Bawaslu Kabupaten Garut, Dedi, hadir.")
    assert "Divisi Hukum dan Pengawasan Bawaslu Kabupaten Garut" in os_


def test_news_outlet_in_the_dateline_is_a_company():
    os_ = orgs("Judul berita\nGARUT, Kabarpriangan.com – Dinas Sosial Kabupaten Garut membagikan bantuan.")
    assert os_["Kabarpriangan.com"].kind == "company"
    os_ = orgs("Judul berita\nSINTANG, WARTAKALBAR – Bhabinkamtibmas mengunjungi warga.")
    assert "WARTAKALBAR" in os_


def test_dateline_of_a_city_part_and_the_newsroom_is_no_unit():
    os_ = orgs("Judul berita\nJakarta Pusat, Komdigi - Presiden menerima tamu negara.")
    assert not any(n.startswith("Pusat") for n in os_)


def test_numbered_school_prison_and_military_bodies():
    os_ = orgs("Judul\nSiswa SMA Negeri 5 Bogor dan petugas Lapas Kelas IIB Garut Kanwil Kemenkumham Jawa Barat "
               "bertemu personel Mabes TNI.")
    assert "SMA Negeri 5 Bogor" in os_
    assert "Lapas Kelas IIB Garut" in os_
    assert "Mabes TNI" in os_


def test_degree_after_a_name_is_not_the_supreme_court():
    assert not orgs("Judul\nMenurut Hasanuddin MA, pejabat itu, acara lancar.")
    assert list(orgs("Judul\nKetua MA hadir dalam acara itu.")) == ["MA"]


def test_government_of_a_country_is_an_organization():
    os_ = orgs("Judul\nPemerintah Republik Indonesia dan Pemerintah Jepang meneken kerja sama. "
               "Pemerintah Indonesia menyambut baik.")
    assert "Pemerintah Jepang" in os_
    assert os_["Pemerintah Republik Indonesia"].aliases == ["Pemerintah Indonesia"]


def test_government_named_with_a_provinces_own_name_is_the_provincial_government():
    os_ = orgs("Judul\nPemerintah Kalimantan Utara melalui Dinas Kominfo menggelar pelatihan. Pemprov Kaltara "
               "menyiapkan anggaran, sementara Pemerintah Bekasi belum hadir.")
    assert os_["Pemerintah Kalimantan Utara"].aliases == ["Pemprov Kaltara"]
    assert os_["Pemerintah Kalimantan Utara"].key == "pemerintah provinsi kalimantan utara"
    assert "Pemerintah Bekasi" not in os_


def test_government_of_a_country_written_by_its_short_form():
    os_ = orgs("Judul\nKesepakatan dagang antara Pemerintah RI dan Pemerintah AS disambut baik. Negosiasi dengan "
               "Pemerintah AS akan berlanjut, kata juru bicara Pemerintah Indonesia.")
    assert {n: o.aliases for n, o in os_.items() if n != "Pemerintah AS"} == {"Pemerintah RI": ["Pemerintah Indonesia"]}
    assert "Pemerintah AS" in os_


def test_masthead_before_a_village_dateline_is_a_company():
    # the village is not in the gazetteer; the masthead is written in capitals
    os_ = {o.name: o for o in extract_text("Judul berita\nWARTAPENA, Sukamulyaharja -- Bupati meninjau jalan desa.")
           .organizations}
    assert os_["WARTAPENA"].kind == "company"
    assert "Sukamulyaharja" not in os_


def test_masthead_dateline_with_a_dash_glued_to_the_next_word():
    os_ = {o.name for o in extract_text("Judul\nKABARDESA,GARUT–Satuan lalu lintas menggelar apel pagi.").organizations}
    assert "KABARDESA" in os_
    assert "GARUT" not in os_


def test_a_name_spelled_by_an_acronym_with_a_repeat_digit():
    from pipeline.extract import extract_text

    names = [o.name for o in extract_text("Badan Perlindungan Pekerja Migran Indonesia (BP2MI) menggelar rapat "
                                          "koordinasi di Kendari.").organizations]
    assert "Badan Perlindungan Pekerja Migran Indonesia" in names


def _org_names(text: str) -> list[str]:
    from pipeline.extract import extract_text

    return [o.name for o in extract_text(text).organizations]


def test_police_units_written_in_full():
    names = _org_names("Kepolisian Resor Poso dan Kepolisian Daerah Sulawesi Tengah menggelar apel pengamanan.")
    assert {"Kepolisian Resor Poso", "Kepolisian Daerah Sulawesi Tengah"} <= set(names)


def test_associations_unions_and_service_units():
    assert "Serikat Pekerja Seluruh Indonesia" in _org_names("Serikat Pekerja Seluruh Indonesia (SPSI) menggelar aksi.")
    assert "Unit Layanan Pengadaan Setda Pemkot Kendari" in _org_names(
        "Berkas lelang ditangani Unit Layanan Pengadaan (ULP) Setda Pemkot Kendari.")


def test_a_military_unit_named_by_its_number_and_its_region():
    assert "Kodim 1418 Kabupaten Mamuju" in _org_names("Kodim 1418 Kabupaten Mamuju mengadakan kegiatan Komsos.")


def test_a_companys_regional_unit_is_not_a_second_body():
    names = _org_names("PT PLN (Persero) Unit Induk Wilayah Sumatera Selatan, Jambi dan Bengkulu menandatangani "
                       "kerja sama.")
    assert not any(n.startswith("Unit Induk") for n in names)


def test_a_ministrys_acronym_after_a_comma_is_the_parent_not_the_name():
    names = _org_names("Direktorat Jenderal Guru, Tenaga Kependidikan, dan Pendidikan Guru, Kemendikdasmen melalui "
                       "Direktorat Pendidikan Profesi Guru melaksanakan PPG.")
    assert "Direktorat Jenderal Guru, Tenaga Kependidikan, dan Pendidikan Guru" in names


def test_a_central_banks_department():
    from pipeline.extract import extract_text

    facts = extract_text("Siaran Pers Bersama\nIsi siaran pers.\nFadli Kurnia Pratama\nDirektur Eksekutif Departemen "
                         "Komunikasi\nBank Indonesia")
    titles = {p.name: [t.text for t in p.titles] for p in facts.persons}
    assert titles.get("Fadli Kurnia Pratama") == ["Direktur Eksekutif Departemen Komunikasi"]


def test_the_field_of_an_adviser_to_a_minister_is_no_unit():
    names = _org_names("Hadir Staf Ahli Menteri Pertahanan Bidang Politik Hendra Rasyid dalam acara itu.")
    assert "Bidang Politik" not in names


def test_the_field_of_an_adviser_after_his_posts_short_form_in_brackets_is_no_unit():
    names = _org_names("Hadir Staf Ahli Menteri Perhubungan (Sahli Menhub) Bidang Logistik Budi Rahardjo dan Staf "
                       "Khusus Gubernur (Stafsus) Bidang Pariwisata dan Budaya, lalu pejabat lain.")
    assert not any(n.startswith("Bidang") for n in names)


def test_two_registered_ministries_that_spell_alike_stay_two():
    names = _org_names("Kementerian Pertahanan (Kemhan) bersama Kementerian Pertanian mendukung ketahanan pangan.")
    assert {"Kementerian Pertahanan", "Kementerian Pertanian"} <= set(names)


def test_an_acronym_made_of_the_heads_short_form_and_the_initials_of_the_rest():
    names = _org_names("Pemerintah membentuk Satuan Tugas Percepatan Program Strategis Pemerintah (Satgas P2SP) tahun ini.")
    assert "Satuan Tugas Percepatan Program Strategis Pemerintah" in names


def test_the_regional_leaders_forum_is_no_person():
    from pipeline.extract import extract_text

    persons = [p.name for p in extract_text("Hadir dalam pertemuan itu Gubernur Sultra, Forkopimda Sultra, sejumlah Bupati "
                                            "serta pimpinan instansi.").persons]
    assert not any(n.startswith("Forkopimda") for n in persons)


def test_a_numbered_military_command_and_its_name_after_the_slash():
    assert "Kodam XVII/Cenderawasih" in _org_names("Kodam XVII/Cenderawasih menggelar upacara di Jayapura.")


def test_a_national_bodys_regional_office_numbered_within_its_island():
    assert "Balai Besar Wilayah Sungai Sumatera III" in _org_names(
        "Balai Besar Wilayah Sungai Sumatera III menggelar rapat koordinasi.")
    assert "Lembaga Pemasyarakatan Kelas I Medan" in _org_names("Lembaga Pemasyarakatan Kelas I Medan menggelar apel.")


def test_a_region_after_the_acronym_bracket_and_its_short_form_are_one_body():
    from pipeline.extract import extract_text

    orgs = extract_text("Lembaga Layanan Pendidikan Tinggi (LLDIKTI) Wilayah X menggelar rapat. LLDIKTI Wilayah X "
                        "mengundang rektor.").organizations
    assert [o.name for o in orgs] == ["Lembaga Layanan Pendidikan Tinggi Wilayah X"]
    assert "LLDIKTI Wilayah X" in orgs[0].aliases


def test_a_named_body_in_a_list_of_officials_ends_before_its_holder():
    from pipeline.extract import extract_text

    facts = extract_text("Hadir Ketua Yayasan Tarumanegara Budi Santoso, Kepala Dinas Pendidikan Ahmad Yani, dan para "
                         "kepala sekolah.")
    assert "Yayasan Tarumanegara" in [o.name for o in facts.organizations]
    assert {p.name: [t.text for t in p.titles] for p in facts.persons}.get("Budi Santoso") == [
        "Ketua Yayasan Tarumanegara"]


def test_the_ministry_and_seat_after_a_units_bracket_complete_its_name():
    name = "Balai Besar Pengembangan Sumber Daya Manusia dan Penelitian Kominfo Makassar"
    os_ = orgs("Judul\nBalai Besar Pengembangan Sumber Daya Manusia dan Penelitian (BBPSDMP) Kominfo Makassar "
               "membuka pelatihan. Kepala BBPSDMP Kominfo Makassar hadir.")
    assert list(os_) == [name]
    assert "BBPSDMP Kominfo Makassar" in os_[name].aliases


def test_the_frequent_spelling_jendral_names_a_directorate_general_in_the_standard_spelling():
    facts = extract_text("Judul\nJajaran Direktorat Jendral Pemasyarakatan berkunjung. Direktur Jendral Pemasyarakatan "
                         "Budi Santoso memimpin rombongan.")
    assert "Direktorat Jenderal Pemasyarakatan" in [o.name for o in facts.organizations]
    assert [t.text for p in facts.persons for t in p.titles] == ["Direktur Jenderal Pemasyarakatan"]


def test_a_countrys_government_written_in_lowercase_is_an_organization():
    assert "Pemerintah Australia" in orgs("Judul\nIa menyebut laporan konsultan untuk pemerintah Australia itu keliru.")


def test_a_unit_named_again_without_its_parent_body_is_the_same_unit():
    os_ = orgs("Judul\nKepala Bidang Madrasah Kanwil Kemenag Prov. Jateng, Rudi, hadir. Kepala Bidang Madrasah "
               "membuka rapat.")
    assert "Bidang Madrasah" not in os_
    assert "Bidang Madrasah Kanwil Kemenag Prov. Jateng" in os_


def test_a_body_that_ran_on_into_a_name_takes_no_later_short_mention():
    os_ = orgs("Judul\nKetua Koperasi Tani Hutan Tuah Sekato Sukardi hadir. Koperasi Tani Hutan Tuah Sekato maju.")
    assert "Koperasi Tani Hutan Tuah Sekato" in os_


def test_a_body_that_exists_only_in_the_regions_named_without_and_with_its_region_is_one_body():
    os_ = orgs("Judul\nPemerintah Kabupaten Kepulauan Meranti dalam hal ini Badan Perencanaan Pembangunan Daerah "
               "(Bappeda) menggelar forum. Kepala Bappeda Meranti hadir.")
    assert list(os_) == ["Pemerintah Kabupaten Kepulauan Meranti", "Badan Perencanaan Pembangunan Daerah"]
    assert "Bappeda Meranti" in os_["Badan Perencanaan Pembangunan Daerah"].aliases


def test_a_units_bracket_between_it_and_its_parent_body_keeps_them_one_name():
    os_ = orgs("Judul\nPengadaan dilakukan Unit Layanan Pengadaan (ULP) Setda Pemkot Cilegon pada pekan lalu. "
               "Kepala Biro Umum (Karo Umum) Setjen Kemhan Brigjen TNI Rudi Hartono hadir.")
    assert "Unit Layanan Pengadaan Setda Pemkot Cilegon" in os_
    assert "Biro Umum Setjen Kemhan" in os_
    assert "Unit Layanan Pengadaan" not in os_ and "Biro Umum" not in os_
    assert "Setda Pemkot Cilegon" in os_  # the parent stays a body of its own


def test_private_madrasah_of_every_level_are_schools():
    os_ = orgs("Judul\nSiswa Madrasah Aliyah Al Hikmah Kudus, MTs Darul Ulum Demak dan MIN 2 Semarang ikut lomba.")
    assert {"Madrasah Aliyah Al Hikmah Kudus", "MTs Darul Ulum Demak", "MIN 2 Semarang"} <= set(os_)
    assert all(os_[n].kind == "education" for n in os_)


def test_each_regions_crafts_council_is_its_own_body():
    os_ = orgs("Judul Berita Hari Ini\nPada kesempatan itu gubernur mengukuhkan pengurus Dekranasda Jambi, Dekranasda "
               "Kerinci dan Dekranasda Muaro Jambi di aula kantor.")
    assert {"Dekranasda Jambi", "Dekranasda Kerinci", "Dekranasda Muaro Jambi"} <= set(os_)


def test_a_police_sector_is_named_after_its_kecamatan():
    os_ = orgs("Judul Berita Hari Ini Panjang Sekali\nPersonel Polsek Sungai Raya dan Polsek Kembangan menggelar "
               "patroli dialogis di pasar.")
    assert "Polsek Sungai Raya" in os_
    assert "Polsek Kembangan" in os_


def test_head_followed_by_its_own_short_form_in_brackets_goes_on_after_them():
    names = set(orgs("Kantor Wilayah (Kanwil) Kementerian Hukum Provinsi Maluku menggelar rapat bersama "
                     "Satuan Tugas (Satgas) Yonif 512/Kala Hitam."))
    assert "Kantor Wilayah Kementerian Hukum Provinsi Maluku" in names
    assert "Satuan Tugas Yonif 512/Kala Hitam" in names


def test_numbered_unit_a_task_force_is_formed_from_is_listed_too():
    os_ = orgs("Judul\nWarga dibantu Satgas Yonif 512/Kala Hitam membangun jembatan.")
    assert "Satgas Yonif 512/Kala Hitam" in os_
    assert "Yonif 512/Kala Hitam" in os_


def test_site_named_beside_a_town_in_capitals_is_the_outlet():
    os_ = orgs("Judul\nKUALAMAS, kabarsungai.co.id – Dinas Sosial Kabupaten Tabalong menyalurkan bantuan beras.")
    assert os_["kabarsungai.co.id"].kind == "company"


def test_site_in_the_closing_byline_is_the_outlet():
    os_ = orgs("Judul\nKetua TP PKK Kabupaten Garut hadir dalam lomba itu.(rud/kabarsungai.com)")
    assert os_["kabarsungai.com"].kind == "company"


def test_word_of_a_unit_before_its_regional_body_is_no_named_body():
    os_ = orgs("Judul\nKepala Seksi Pelayanan Koperasi Dinas Koperasi UKM Kabupaten Lingga, Sari, hadir. "
               "Koperasi Unit Desa Makmur juga hadir.")
    assert "Dinas Koperasi UKM Kabupaten Lingga" in os_
    assert not any(n.startswith("Koperasi Dinas") for n in os_)
    assert "Koperasi Unit Desa Makmur" in os_


def test_a_hyphenated_compound_of_institutional_words_continues_a_units_name():
    os_ = orgs("Rapat Naskah\nPembahasan diikuti Tim Pusat Perancangan Undang-Undang Badan Keahlian DPR RI dan Kepala "
               "Biro Peraturan Perundang-undangan Setda Provinsi Riau.")
    assert "Pusat Perancangan Undang-Undang Badan Keahlian DPR RI" in os_
    assert "Biro Peraturan Perundang-undangan Setda Provinsi Riau" in os_


def test_a_level_abbreviation_in_lowercase_still_opens_the_bodys_region():
    found = {o.name: o.region_code for o in extract_text(
        "Operasi Gabungan\nOperasi melibatkan Dishub prov. Sulteng dan Dinas Sosial kab. Donggala.",
        published="2024-05-01").organizations}
    assert found.get("Dishub prov. Sulteng") == "72"
    assert found.get("Dinas Sosial kab. Donggala") == "72.03"


def test_merged_portfolios_with_a_head_word_or_an_acronym_among_them():
    text = ("Rapat Koordinasi\nRakor dihadiri Kepala Dinas Perdagangan, Koperasi dan UKM Kabupaten Wajo, Sitti Rahma. "
            "Dinas Koperasi, UKM dan Perdagangan Kabupaten Donggala ikut. Hadir juga Dinas Kesehatan, Dinas Sosial "
            "dan BPBD Kabupaten Sigi.")
    facts = extract_text(text, published="2024-05-01")
    names = {o.name for o in facts.organizations}
    assert {"Dinas Perdagangan, Koperasi dan UKM Kabupaten Wajo",
            "Dinas Koperasi, UKM dan Perdagangan Kabupaten Donggala"} <= names
    # the list shares the region written after its last body
    assert "Dinas Kesehatan Kabupaten Sigi" in names and not any(n.startswith("Dinas Kesehatan,") for n in names)
    assert {p.name: [t.text for t in p.titles] for p in facts.persons}.get("Sitti Rahma") == [
        "Kepala Dinas Perdagangan, Koperasi dan UKM Kabupaten Wajo"]


def test_merged_portfolios_closed_by_a_region_written_bare():
    facts = extract_text("Bazar Ramadan\nSidrap – Kepala Dinas Koperasi, UKM, Perdagangan dan Perindustrian Sidrap, "
                         "Andi Faisal, membuka bazar.", published="2025-03-01")
    assert [o.name for o in facts.organizations] == ["Dinas Koperasi, UKM, Perdagangan dan Perindustrian Sidrap"]


def test_a_body_of_a_numbered_school_names_the_school_whole():
    os_ = orgs("Judul\nKetua Komite MIN 2 Bantaeng, Arifuddin Sijaya, menyerahkan hadiah kepada para wisudawan.")
    assert {"Komite MIN 2 Bantaeng", "MIN 2 Bantaeng"} <= set(os_)
    assert "Komite MIN" not in os_


def test_units_listed_before_their_body_belong_to_it():
    os_ = orgs("Komisi I dan Komisi IV DPRD Provinsi Sulawesi Barat menggelar rapat kerja. Seksi Kurikulum dan Seksi "
               "Sarana Dinas Pendidikan Kabupaten Poso hadir.")
    assert {"Komisi I DPRD Provinsi Sulawesi Barat", "Komisi IV DPRD Provinsi Sulawesi Barat",
            "Seksi Kurikulum Dinas Pendidikan Kabupaten Poso", "Seksi Sarana Dinas Pendidikan Kabupaten Poso"} <= set(os_)


def test_a_wives_organisations_unit_is_named_with_its_office():
    os_ = orgs("Dharma Wanita Persatuan (DWP) Dinas Kesehatan Kota Ternate menggelar bakti sosial.")
    assert {"Dharma Wanita Persatuan Dinas Kesehatan Kota Ternate", "Dinas Kesehatan Kota Ternate"} <= set(os_)
    os_ = orgs("DWP Dinas Sosial Kabupaten Poso menggelar bakti sosial.")
    assert {"DWP Dinas Sosial Kabupaten Poso", "Dinas Sosial Kabupaten Poso"} <= set(os_)


def test_a_provincial_dinas_branch_office_is_one_body():
    from pipeline.extract import extract_text
    f = extract_text("Kepala Cabang Dinas Pendidikan Wilayah IV, Markus Lolongan, mengapresiasi prestasi itu.",
                     published="2025-03-01")
    assert [o.name for o in f.organizations] == ["Cabang Dinas Pendidikan Wilayah IV"]


def test_a_mental_health_unit_keeps_its_portfolio_word():
    from pipeline.extract import extract_text
    names = [o.name for o in extract_text("JAKARTA - Direktorat Kesehatan Jiwa Kementerian Kesehatan menggelar "
                                          "webinar kesehatan mental remaja, Jumat (7/3/2025).").organizations]
    assert "Direktorat Kesehatan Jiwa Kementerian Kesehatan" in names


def test_a_village_word_ending_a_units_portfolio_before_its_body_is_no_village():
    from pipeline.extract import extract_text
    names = [o.name for o in extract_text("TOLITOLI - Bidang Pemerintahan Desa Dinas PMD Kabupaten Tolitoli menggelar "
                                          "pelatihan kader, Rabu (5/3/2025).").organizations]
    assert "Bidang Pemerintahan Desa Dinas PMD Kabupaten Tolitoli" in names


def test_numbered_working_group_takes_the_body_written_after_it():
    os_ = orgs("Ketua Pokja IV TP PKK Kabupaten Sigi, Ny. Ratna Lamadjido, membuka sosialisasi gizi. "
               "Kegiatan lain digelar Pokja II TP PKK Kota Palu di Kelurahan Tondo.")
    assert {"Pokja IV TP PKK Kabupaten Sigi", "Pokja II TP PKK Kota Palu"} <= set(os_)
    assert not {"Pokja IV", "Pokja II"} & set(os_)


def test_unnumbered_working_group_keeps_its_own_words():
    os_ = orgs("Pokja Kampung KB Desa Bora menggelar rapat di Balai Desa Bora.")
    assert any(n.startswith("Pokja Kampung KB") for n in os_)


def test_a_task_force_named_with_the_command_it_belongs_to_is_one_name():
    os_ = {o.name: o for o in extract_text("Judul\nSatuan Tugas (Satgas) Pangan Polres Gowa melakukan sidak ke "
                                           "distributor beras. Satgas Pangan Polres Gowa menemukan beras oplosan.").organizations}
    assert os_["Satuan Tugas Pangan Polres Gowa"].parent == "Polres Gowa"
    assert "Satgas Pangan Polres Gowa" in os_["Satuan Tugas Pangan Polres Gowa"].aliases
    assert "Satuan Tugas Pangan" not in os_
