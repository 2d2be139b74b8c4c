"""Organizations: classes of bodies releases name (international bodies, English-ordered names, schools,
pesantren, military units, councils, registered full names)."""
from pipeline.extract import extract_text


def orgs(text):
    return {o.name: o for o in extract_text("Judul\n" + text).organizations}


def test_international_bodies_by_acronym_and_full_name():
    os_ = orgs("Menteri bertemu pimpinan AIIB dan Islamic Development Bank, lalu membahas laporan OECD.")
    assert {"AIIB", "Islamic Development Bank", "OECD"} <= set(os_)
    assert os_["AIIB"].kind == "other"


def test_english_ordered_names_end_with_their_head_word():
    os_ = orgs("Kerja sama dengan Nordic Peace Foundation dan Institute of Marine and Coastal Studies "
               "diteken kemarin bersama Lembah Hijau Association.")
    assert "Nordic Peace Foundation" in os_
    assert "Institute of Marine and Coastal Studies" in os_
    assert "Lembah Hijau Association" in os_


def test_english_position_words_are_not_part_of_the_name():
    os_ = orgs("Pertemuan itu dihadiri oleh CEO Borneo Growth Corporation yang datang bersama rombongan, "
               "dan juga oleh Managing Director Pacific Trade Council dari kantor pusat mereka.")
    assert "Borneo Growth Corporation" in os_
    assert "Pacific Trade Council" in os_
    assert not any(n.startswith(("CEO", "Managing")) for n in os_)


def test_a_head_word_alone_or_a_headline_names_no_english_body():
    assert not orgs("Menurut laporan, Institute tersebut belum terdaftar.").get("Institute")
    os_ = orgs("Wamen Terima Kunjungan Rimba Raya Foundation Bahas Kerja Sama Pendidikan Vokasi\nIsi berita.")
    assert not any("Terima" in n for n in os_)


def test_schools_pesantren_and_community_learning_centres():
    os_ = orgs("Siswa SMA Tunas Bangsa dan SMP 3 Bogor, santri Pondok Pesantren Nurul Huda serta warga belajar "
               "PKBM Cahaya Ilmu mengikuti lomba.")
    assert {"SMA Tunas Bangsa", "SMP 3 Bogor", "Pondok Pesantren Nurul Huda", "PKBM Cahaya Ilmu"} <= set(os_)
    assert os_["PKBM Cahaya Ilmu"].kind == "education"


def test_all_caps_headline_words_are_not_a_school_name():
    os_ = orgs("KEPALA SMA DAN SMK NEGERI HADIRI RAPAT KERJA DI KOTA\nIsi berita.")
    assert not any("RAPAT" in n for n in os_)


def test_numbered_battalion_ends_with_its_number_and_task_force_takes_it():
    os_ = orgs("Prajurit Yonif 712/WT membangun jembatan bersama Koramil 05/Gunung Tua Kodim 0212/Tapanuli Selatan.")
    assert {"Yonif 712/WT", "Koramil 05/Gunung Tua", "Kodim 0212/Tapanuli Selatan"} <= set(os_)
    os_ = orgs("Personel Satgas Yonif 125/SMB berjaga di perbatasan.")
    assert "Satgas Yonif 125/SMB" in os_


def test_task_force_with_a_proper_name():
    assert "Satgas Elang Biru III" in orgs("Pasukan Satgas Elang Biru III tiba di pelabuhan.")


def test_religious_council_and_district_religious_office():
    os_ = orgs("Majelis Agama Buddha Kota Medan dan Kankemenag Kab. Sleman menggelar doa bersama.")
    assert "Majelis Agama Buddha Kota Medan" in os_
    assert "Kankemenag Kab. Sleman" in os_


def test_registered_full_name_does_not_run_into_a_person():
    os_ = orgs("Ketua Majelis Ulama Indonesia Hasan Basri membuka acara.")
    assert "Majelis Ulama Indonesia" in os_
    assert not any("Hasan" in n for n in os_)
    assert "Universitas Pertahanan Republik Indonesia" in orgs("Rektor Universitas Pertahanan Republik Indonesia hadir.")


def test_inflation_control_team_with_its_place():
    assert "TPID Kabupaten Sleman" in orgs("Rapat TPID Kabupaten Sleman membahas harga cabai.")


def test_body_of_every_region_is_not_one_organization():
    os_ = orgs("Gubernur meminta Tim Pengendalian Inflasi Daerah (TPID) di kabupaten/kota memantau stok beras.")
    assert not any(n.startswith(("Tim Pengendalian", "TPID")) for n in os_)


def test_forum_is_a_body_unless_it_reads_as_an_event():
    os_ = orgs("Ketua Forum Kewaspadaan Dini Masyarakat Kabupaten Garut, Dedi, berbicara dalam Forum Literasi 5 "
               "dan sebelumnya menghadiri Forum Investasi Daerah.")
    assert "Forum Kewaspadaan Dini Masyarakat Kabupaten Garut" in os_
    assert not any(n.startswith(("Forum Literasi", "Forum Investasi")) for n in os_)
    assert not orgs("Peserta Forum Group Discussion membahas tata ruang.")


def test_embassies_consulates_and_their_english_names():
    os_ = orgs("Atase dari KBRI Canberra, Kedutaan Besar Belanda dan Embassy of Finland bertemu di Jakarta.")
    assert {"KBRI Canberra", "Kedutaan Besar Belanda", "Embassy of Finland"} <= set(os_)


def test_party_chapters_scout_councils_and_tv_networks():
    os_ = orgs("Ketua DPW Partai Harapan Rakyat Jambi dan pengurus Kwarcab Kabupaten Sleman diwawancarai Kompas TV.")
    assert {"DPW Partai Harapan Rakyat Jambi", "Kwarcab Kabupaten Sleman", "Kompas TV"} <= set(os_)
    assert os_["Kompas TV"].kind == "company"


def test_chapter_after_an_association_acronym_is_not_its_own_body():
    os_ = orgs("Ketua Himpunan Nelayan Indonesia (HNI) DPC Sikka, Budi, hadir.")
    assert not any(n.startswith("DPC") for n in os_)


def test_councils_committees_womens_farmer_groups_and_the_local_parliament_alone():
    os_ = orgs("Dewan Pendidikan Kota Depok, Komite Sekolah dan KWT Melati Indah hadir. Anggota DPRD Kabupaten "
               "Garut juga hadir, dan Ketua DPRD memberi sambutan.")
    assert {"Dewan Pendidikan Kota Depok", "Komite Sekolah", "KWT Melati Indah"} <= set(os_)
    assert "DPRD" in os_["DPRD Kabupaten Garut"].aliases
    assert not orgs("Dewan Juri menilai penampilan peserta.")


def test_task_forces_named_gugus_tugas_and_flag_raising_troops():
    os_ = orgs("Gugus Tugas Reforma Agraria Provinsi Jambi rapat, sementara Paskibraka Kabupaten Garut berlatih "
               "dan Pasukan Pengibar Bendera tingkat kecamatan bersiap.")
    assert {"Gugus Tugas Reforma Agraria Provinsi Jambi", "Paskibraka Kabupaten Garut", "Pasukan Pengibar Bendera"} \
        <= set(os_)


def test_family_welfare_movement_of_a_region_and_two_regions_stay_apart():
    os_ = orgs("Kader PKK Kota Bekasi datang bersama PKK Kecamatan Bantargebang.")
    assert {"PKK Kota Bekasi", "PKK Kecamatan Bantargebang"} <= set(os_)
    assert not os_["PKK Kota Bekasi"].aliases


def test_foreign_universities_ministries_and_clubs_in_english_order():
    os_ = orgs("Dosen dari University of Otago dan Kyoto University bertemu pejabat Foreign Affairs Ministry of "
               "Fiji serta pelatih Surabaya Chess Club di kampus pada pekan lalu.")
    assert {"University of Otago", "Kyoto University", "Surabaya Chess Club"} <= set(os_)
    assert os_["Kyoto University"].kind == "education"


def test_prosecutors_office_named_alone_joins_its_placed_name():
    os_ = orgs("Tim Kejaksaan Tinggi Jawa Barat menyerahkan berkas. Perwakilan Kejaksaan Tinggi turut hadir.")
    assert list(os_) == ["Kejaksaan Tinggi Jawa Barat"]
    assert "Kejaksaan Tinggi" in os_["Kejaksaan Tinggi Jawa Barat"].aliases
    assert "Kejaksaan Negeri" in orgs("Perwakilan Kejaksaan Negeri hadir dalam rapat itu.")


def test_bank_closes_an_english_ordered_name_but_not_an_indonesian_one():
    os_ = orgs("Dana sindikasi diatur oleh Nusantara Harbour Bank bersama Pacific Rim Bank, sementara "
               "Kredit Kendaraan Bermotor Bank Indonesia dibahas terpisah.")
    assert os_["Nusantara Harbour Bank"].kind == "company"
    assert "Pacific Rim Bank" in os_
    assert not any(n.endswith("Bermotor Bank") for n in os_)


def test_numbered_school_written_with_and_without_negeri_is_one_school():
    found = extract_text("Judul\nBupati berkunjung ke SMAN 4 dan disambut Kepala SMA Negeri 4 Kabupaten Lebak. "
                         "Siswa SMA 4 tampil menari, lalu rombongan menuju SMA 5.").organizations
    schools = [o for o in found if o.name.startswith("SMA")]
    four = [o for o in schools if "4" in o.name]
    assert len(four) == 1 and {"SMAN 4", "SMA 4"} <= set(four[0].aliases)
    assert any(o.name == "SMA 5" for o in schools)


def test_capitalized_preposition_ends_a_named_body():
    os_ = orgs("Ketersediaan Ranjang Rumah Sakit Di Kota Bogor Dinilai Aman Untuk Warga")
    assert not any(" Di " in n for n in os_)


def test_company_named_with_and_without_its_legal_form_is_one_company():
    found = extract_text("Judul\nPerum Damri melayani rute baru. Direksi Damri menyebut armada bertambah.").organizations
    damri = [o for o in found if "Damri" in o.name]
    assert len(damri) == 1 and "Damri" in {damri[0].name, *damri[0].aliases}


def test_branch_after_the_legal_form_joins_the_company_name():
    os_ = orgs("Bupati menerima PT. PLN (Persero) Rayon Siak, lalu meminta PT. PLN Rayon Siak menambah daya.")
    assert "PT. PLN (Persero) Rayon Siak" in os_
    assert "PT. PLN Rayon Siak" in os_["PT. PLN (Persero) Rayon Siak"].aliases


def test_name_spelled_by_its_bracketed_acronym_is_read_whole():
    # the acronym takes the first letters of every word: a post's word, "of" and "dan" are inside the name
    os_ = orgs("Acara itu sekaligus pembentukan Forum Komunikasi Camat (FORKOMCA) Kota Kendari. "
               "Hadir pula pengurus Himpunan Pengusaha Internet of Things Nusantara (HIPIOTNUS) dan "
               "utusan Majelis Rektor Politeknik Negeri Nusantara (MRPNN).")
    assert "Forum Komunikasi Camat Kota Kendari" in os_
    assert "Himpunan Pengusaha Internet of Things Nusantara" in os_
    assert "Majelis Rektor Politeknik Negeri Nusantara" in os_
    assert not {"Himpunan Pengusaha Internet", "Majelis Rektor"} & set(os_)


def test_registered_name_is_not_run_on_by_an_acronym_spelling_more():
    os_ = orgs("Gubernur menyampaikan jawaban kepada anggota Dewan Perwakilan Rakyat Daerah (DPRD) Prov. Sultra "
               "tentang anggaran. Rancangan itu dibahas bersama DPRD Prov. Sultra.")
    assert "Dewan Perwakilan Rakyat Daerah Prov. Sultra" in os_


def test_holder_after_a_post_is_cut_from_a_body_the_text_names_without_him():
    os_ = orgs("Program itu kemitraan PT Arga Lestari dan Koperasi Tani Hutan Sinar Pagi (KTH-SP). Hadir Direktur "
               "PT Arga Lestari Sumardi, Ketua Koperasi Tani Hutan Sinar Pagi Rusdianto dan para undangan.")
    assert {"PT Arga Lestari", "Koperasi Tani Hutan Sinar Pagi"} <= set(os_)
    assert not any(n.endswith(("Sumardi", "Rusdianto")) for n in os_)


def test_a_title_case_headline_verb_ends_a_named_body():
    os_ = orgs("Menteri Dan Ketua Majelis Syura Pkb Bahas Penguatan Ekonomi Nasional Dan Ketahanan Pangan Desa\n"
               "Menteri bertemu Ketua Majelis Syura PKB di Jakarta.")
    assert not any("Bahas" in n for n in os_)
    assert "Stasiun Meteorologi Kelas I Lembah Palu" in orgs(
        "Stasiun Meteorologi Kelas I Lembah Palu Keluarkan Peringatan Dini Cuaca Ekstrem\nHujan lebat diprakirakan.")
    assert "Stasiun Klimatologi Tinombo" in orgs(
        "Stasiun Klimatologi Tinombo Perkirakan Awal Musim Hujan Mundur\nHujan lebat diprakirakan.")
    assert "Paguyuban Seni Tari Jaya Kusuma" in orgs(
        "Paguyuban Seni Tari Jaya Kusuma Hadiri Pentas Di Alun Alun Kota Bersama Warga\nAcara berlangsung meriah.")


def test_a_bare_headline_verb_after_the_seat_ends_a_named_body():
    # "Gelar", "Ikuti" are nouns too, but right after the body's seat they are the headline's verb
    assert "Poltekkes Jayapura" in orgs("Poltekkes Jayapura Gelar Bakti Sosial\nKegiatan berlangsung lancar.")
    assert "Karang Taruna Sigi" in orgs("Karang Taruna Sigi Ikuti Lomba Desa Sehat\nKegiatan berlangsung lancar.")
    assert "Gugus Tugas Reforma Agraria Lombok Timur" in orgs(
        "Gugus Tugas Reforma Agraria Lombok Timur Gelar Rapat\nRapat berlangsung lancar.")


def test_a_headline_verb_ends_a_body_of_portfolio_words():
    assert list(orgs("Loka Riset Kembangkan Bibit Kakao\nPeneliti hadir.")) == ["Loka Riset"]
    assert list(orgs("Balai Penelitian Tanaman Pangan Kembangkan Varietas Baru\nPeneliti hadir.")) == [
        "Balai Penelitian Tanaman Pangan"]


def test_a_bare_verb_after_a_proper_name_ends_the_body_in_a_headline():
    assert "BUMDes Maju Bersama" in orgs("BUMDes Maju Bersama Gelar Pasar Murah\nKegiatan berlangsung lancar.")
    assert "Yayasan Cahaya Mulia" in orgs("Yayasan Cahaya Mulia Latih Pemuda Desa Menjahit\nKegiatan berlangsung.")
    assert "Kelompok Tani Subur Makmur" in orgs(
        "Kelompok Tani Subur Makmur Tanam Jagung di Lahan Tidur\nKegiatan berlangsung lancar.")


def test_a_capitalized_passive_verb_ends_a_body_name():
    assert not any("Dilantik" in n for n in orgs("Kepala Puskesmas Dilantik\nAcara berlangsung khidmat."))
    assert "Rumah Sakit Umum Daerah Anuntaloko" in orgs(
        "Rumah Sakit Umum Daerah Anuntaloko Dikunjungi Tim Akreditasi\nAcara berlangsung lancar.")
    assert "Koperasi Sinar Tani" in orgs("Pengurus Koperasi Sinar Tani Dikukuhkan Bupati Poso\nAcara berlangsung.")


def test_rating_agencies_and_names_joined_by_an_ampersand():
    os_ = orgs("Peringkat itu juga dipertahankan Fitch, Standard & Poor's (S&P) dan Rating and Investment Information "
               "(R&I). Sebelumnya Moody’s menilai hal yang sama, dan S&P menyusul.")
    assert os_["Standard & Poor's"].aliases == ["S&P"]
    assert {"Fitch", "Rating and Investment Information", "Moody’s"} <= set(os_)
    assert all(o.kind == "company" for o in os_.values())


def test_unity_of_a_nation_or_a_body_is_no_association():
    os_ = orgs("\"Persatuan ASEAN harus dijaga,\" katanya. Menjaga Persatuan Indonesia adalah tugas kita, kata Ketua "
               "Persatuan Wartawan Indonesia.")
    assert not {"Persatuan ASEAN", "Persatuan Indonesia"} & set(os_)
    assert "Persatuan Wartawan Indonesia" in os_
    assert "Persatuan Nasional" not in orgs("Menteri Jaga Persatuan Nasional Sambangi Dialog Kebangsaan Di Masjid Agung\n"
                                            "Menteri hadir di masjid.")


def test_the_head_and_one_word_in_brackets_is_the_bodys_short_form():
    os_ = orgs("Kementerian melalui Badan Pengembangan Kebudayaan Daerah (Badan Budaya) menggelar seminar. Kepala "
               "Badan Budaya hadir bersama Satuan Tugas Bantuan Logistik (Satgas Banlog). Satgas Banlog bekerja.")
    assert os_["Badan Pengembangan Kebudayaan Daerah"].aliases == ["Badan Budaya"]
    assert os_["Satuan Tugas Bantuan Logistik"].aliases == ["Satgas Banlog"]
    assert len(os_) == 2
    # a post's short form in brackets is no name of the body
    assert "Kasat Reskrim" not in str(orgs("Kepala Satuan Reserse Kriminal (Kasat Reskrim) Polres Bogor hadir."))


def test_an_events_committee_is_a_body():
    os_ = orgs("Gubernur mendampingi Panitia Pusat Porseni VII Korpri untuk berkoordinasi. Ketua Panitia Hendra "
               "Gunawan hadir.")
    assert "Panitia Pusat Porseni VII Korpri" in os_
    assert os_["Panitia Pusat Porseni VII Korpri"].kind == "other"
    assert not any("Hendra" in n for n in os_)  # the committee's chairman, not its name


def test_a_committee_is_named_with_its_events_name():
    os_ = orgs("Panitia Peringatan Hari Jadi Kota Bima menggelar rapat. Panitia Pelaksana Festival Danau Poso "
               "menyiapkan panggung.")
    assert "Panitia Peringatan Hari Jadi Kota Bima" in os_
    assert "Panitia Pelaksana Festival Danau Poso" in os_
    # a person's name right after a generic head and a post is the holder's, no body's
    os_ = orgs("Ketua Satgas Rudi Lamada dan Ketua Panitia Hendra Gunawan hadir.")
    assert not any("Rudi" in n or "Hendra" in n for n in os_)


def test_an_associations_board_is_read_with_the_association():
    os_ = orgs("Pengurus Pusat IPSI menetapkan jadwal kejuaraan. Ketua Dewan Pimpinan Wilayah Partai Nusa Raya "
               "menyambut keputusan itu bersama Pengurus Cabang Ikatan Bidan Kabupaten Poso.")
    assert "Pengurus Pusat IPSI" in os_
    assert "Dewan Pimpinan Wilayah Partai Nusa Raya" in os_
    assert any(n.startswith("Pengurus Cabang Ikatan Bidan") for n in os_)
    assert "Pusat IPSI" not in os_


def test_an_office_of_an_unnamed_body_is_no_organization():
    os_ = orgs("Warga membersihkan halaman Kantor Desa dan saluran air. Rapat lanjutan digelar di Kantor "
               "Sekretariat, Kamis.")
    assert not any(n.startswith("Kantor") for n in os_)
    # a named village's office where the meeting is held is the venue; the village is a place, not a body
    assert not orgs("Rapat digelar di Kantor Desa Sukamulya, Kamis.")


def test_a_service_uniform_is_no_body():
    os_ = orgs("Para perwira mengenakan PDH (Pakaian Dinas Harian), sedangkan staf memakai Seragam Dinas Lapangan.")
    assert not any(n.startswith("Dinas") for n in os_)


def test_a_registered_acronym_the_release_spells_otherwise_is_no_body():
    os_ = orgs("Peserta memperagakan Peraturan Baris Berbaris (PBB) di lapangan. Setelah itu PBB diulang lagi.")
    assert not os_
    os_ = orgs("Data itu searah dengan Purchasing Managers’ Index (PMI) Manufaktur yang meningkat.")
    assert "PMI" not in os_ and "Palang Merah Indonesia" not in os_
    os_ = orgs("Menteri berbicara di Sidang Umum Perserikatan Bangsa-Bangsa (PBB). Sikap PBB jelas.")
    assert "Perserikatan Bangsa-Bangsa" in os_


def test_english_names_ending_in_board_office_committee_forces():
    os_ = orgs("Menteri bertemu Global Payments Board (GPB) dan Pacific Regional Office, lalu hadir di sidang "
               "Budget Committee. Latihan bersama Royal Brunei Armed Forces digelar pekan lalu.")
    assert {"Global Payments Board", "Pacific Regional Office", "Budget Committee",
            "Royal Brunei Armed Forces"} <= set(os_)
    assert os_["Global Payments Board"].aliases == ["GPB"]


def test_generic_english_working_bodies_and_posts_are_not_names():
    os_ = orgs("Task Force dan Steering Committee dibentuk. Ia bertemu Chief of Defence Force Australia.")
    assert not {"Task Force", "Steering Committee", "Defence Force"} & set(os_)


def test_kinds_of_institution_are_not_organizations():
    os_ = orgs("Izin Lembaga Jasa Keuangan Lainnya serta Lembaga Keuangan Mikro dievaluasi. Lembaga Swadaya "
               "Masyarakat itu menjadi mitra. LDKPI adalah Badan Layanan Umum Kemenkeu. Lembaga Penjamin Simpanan "
               "(LPS) dan Lembaga Keuangan Non-Bank hadir.")
    assert not [n for n in os_ if n.startswith(("Lembaga Keuangan", "Lembaga Jasa", "Lembaga Swadaya", "Badan Layanan"))]
    assert "Lembaga Penjamin Simpanan" in os_


def test_antara_lain_is_not_the_news_agency():
    os_ = orgs("Jaringan diuji di beberapa titik.\n\"Antara lain Bandara Kota dan Terminal Baru,\" katanya.")
    assert "Antara" not in os_


def test_a_count_before_a_bodys_head_names_bodies_of_a_kind_not_one():
    found = {o.name for o in extract_text(
        "Bantuan Sarana\nKementerian Agama menyerahkan bantuan kepada 9 Kantor Urusan Agama di Kabupaten Sigi dan "
        "setiap Dinas Kesehatan kabupaten. Bantuan untuk Puskesmas Talise diserahkan Grup 2 Komando Pasukan Khusus.",
        published="2024-05-01").organizations}
    assert "Kantor Urusan Agama" not in found and not any(n.startswith("Dinas Kesehatan") for n in found)
    assert "Puskesmas Talise" in found and any("Komando Pasukan Khusus" in n for n in found)


def test_village_community_bodies_keep_their_names():
    found = set(orgs("Bantuan diserahkan kepada Kelompok Tani Sinar Laut, Kelompok Nelayan Bahari Jaya dan KUD "
                     "Sejahtera di Kabupaten Donggala. Danlanal Palu Kolonel Laut Ahmad Rizal hadir."))
    assert {"Kelompok Tani Sinar Laut", "Kelompok Nelayan Bahari Jaya", "KUD Sejahtera"} <= found


def test_a_hospital_bears_its_patrons_name_with_honorifics_and_initials():
    facts = extract_text("Judul\nPasien dirujuk ke RSUD dr. M. Haulussy Ambon. Direktur RSUD Prof. Dr. H. Aloei Saboe "
                         "Kota Gorontalo, Yohanes Lado, hadir.")
    names = {o.name for o in facts.organizations}
    assert {"RSUD dr. M. Haulussy Ambon", "RSUD Prof. Dr. H. Aloei Saboe Kota Gorontalo"} <= names
    assert [p.name for p in facts.persons] == ["Yohanes Lado"]


def test_a_unit_named_with_an_association_after_its_bracket_is_the_associations_kind():
    found = extract_text("PALU - Unit Donor Darah (UDD) PMI Kota Palu menggelar donor darah di Kantor Camat Ulujadi.",
                         published="2025-03-01").organizations
    assert [(o.name, o.kind) for o in found] == [("Unit Donor Darah PMI Kota Palu", "association")]
