"""Representations: diwakili / mewakili / membacakan sambutan / atas nama."""
from pipeline.extract import extract_text


def reps(text):
    return [(r.principal, r.representative, r.relation) for r in extract_text(text).representations]


def test_diwakili_with_appositive_name():
    text = ("Rapat dibuka Gubernur Jambi yang pada kesempatan itu diwakili oleh Asisten I Bidang Pemerintahan "
            "Provinsi Jambi, Hendra Gunawan. Gubernur berharap rapat lancar.")
    assert reps(text) == [("Gubernur Jambi", "Hendra Gunawan", "diwakili")]


def test_diwakili_unnamed_keeps_role():
    text = "Kegiatan dihadiri Deputi Bidang Statistik Sosial yang diwakili oleh Kepala BPS Provinsi Jambi, serta tamu."
    assert reps(text) == [("Deputi Bidang Statistik Sosial", "Kepala BPS Provinsi Jambi", "diwakili")]


def test_unnamed_representative_found_as_holder_elsewhere():
    text = ("Bupati Sigi yang diwakili oleh Kepala Dinas Ketahanan Pangan Kabupaten Sigi membuka pelatihan. "
            "Kepala Dinas Ketahanan Pangan Kabupaten Sigi, Ir. Made Arsa, memaparkan programnya.")
    assert reps(text) == [("Bupati Sigi", "Made Arsa", "diwakili")]


def test_mewakili():
    text = "Sekretaris Daerah Kota Palu, Irmayanti Pettalolo, mewakili Wali Kota Palu menyerahkan bantuan."
    assert reps(text) == [("Wali Kota Palu", "Irmayanti Pettalolo", "mewakili")]


def test_membacakan_sambutan_same_pair_once():
    text = ("Bupati Morowali yang diwakili oleh Asisten II Sekretariat Daerah Kabupaten Morowali, Yusuf Tambing "
            "membacakan sambutan tertulis Bupati Morowali.")
    assert reps(text) == [("Bupati Morowali", "Yusuf Tambing", "diwakili")]


def test_short_principal():
    assert reps("Kakanwil yang diwakili Kadiv Administrasi Sri Wulan membuka rapat.") == [
        ("Kakanwil", "Sri Wulan", "diwakili")]


def test_sambutan_dibacakan_oleh():
    text = ("Bupati Sigi dalam sambutan yang dibacakan oleh Sekretaris Daerah Kabupaten Sigi, Made Arsana, "
            "menyebutkan capaian program.")
    assert reps(text) == [("Bupati Sigi", "Made Arsana", "membacakan")]


def test_representative_title_with_acronym_and_place():
    text = ("Menteri Sosial yang diwakili oleh Kepala Dinas Sosial (Dinsos) Provinsi Jambi, Dra. Rina Sari, "
            "M.Si., menyerahkan bantuan.")
    assert reps(text) == [("Menteri Sosial", "Rina Sari", "diwakili")]


def test_words_between_principal_and_diwakili():
    text = ("Rapat dibuka Bupati Maros yang dalam kesempatan itu diwakili oleh Sekretaris Daerah Kabupaten Maros, "
            "Andi Rahman. Rapat berlangsung tertib.")
    assert reps(text) == [("Bupati Maros", "Andi Rahman", "diwakili")]


def test_yang_hadir_mewakili():
    text = ("Turut hadir Kepala Dinas Pendidikan Kabupaten Blitar, Sri Wahyuni, yang hadir mewakili Gubernur "
            "Jawa Timur. Acara berlangsung meriah.")
    assert reps(text) == [("Gubernur Jawa Timur", "Sri Wahyuni", "mewakili")]


def test_stray_period_before_mewakili():
    text = ("Turut hadir Kepala Kesbangpol Kabupaten Sigi, Andi Latif. mewakili Bupati Sigi, serta para camat. "
            "Kegiatan ditutup doa.")
    assert reps(text) == [("Bupati Sigi", "Andi Latif", "mewakili")]


def test_principal_named_with_title_is_the_role():
    text = ("Amanat Menteri Sosial Budi Santoso yang dibacakan oleh Kepala Dinas Sosial Kota Palu, Rina Wati, "
            "menekankan gotong royong.")
    assert reps(text) == [("Menteri Sosial", "Rina Wati", "membacakan")]


def test_perwakilan_body_then_name():
    text = ("Kegiatan menghadirkan perwakilan Dinas Pendidikan Kota Palu, Rina Wati, sebagai narasumber. "
            "Peserta antusias.")
    assert reps(text) == [("Dinas Pendidikan Kota Palu", "Rina Wati", "mewakili")]


def test_words_of_absence_between_principal_and_cue():
    text = "Bupati Sigi yang berhalangan hadir karena tugas lain diwakili oleh Asisten II Setda Sigi, Rudi Hartono."
    assert reps(text) == [("Bupati Sigi", "Rudi Hartono", "diwakili")]


def test_sambutan_dibawakan_oleh():
    text = "Sambutan Bupati Sigi yang dibawakan oleh Sekretaris Daerah Kabupaten Sigi, Andi Lolo, berisi harapan."
    assert reps(text) == [("Bupati Sigi", "Andi Lolo", "membacakan")]


def test_a_body_can_be_the_principal():
    text = "Camat Sigi Biromaru, Andi Lolo, hadir mewakili Pemerintah Kabupaten Sigi dalam pembukaan turnamen."
    assert reps(text) == [("Pemerintah Kabupaten Sigi", "Andi Lolo", "mewakili")]


def test_perwakilan_body_runs_on_to_the_comma_before_the_name():
    text = "Acara itu menghadirkan perwakilan Balai Penguatan Karakter Kemendikdasmen, Rina Melati, sebagai narasumber."
    assert reps(text) == [("Balai Penguatan Karakter Kemendikdasmen", "Rina Melati", "mewakili")]


def test_ceremony_role_abbreviation_resolves_to_its_holder():
    text = ("Kapolres Sigi AKBP Yusuf Hamid menjadi Inspektur Upacara (Irup) dalam apel gelar pasukan. "
            "Sambutan Kapolda Sulawesi Tengah yang dibacakan oleh Irup menekankan kesiapan personel.")
    assert reps(text) == [("Kapolda Sulawesi Tengah", "Yusuf Hamid", "membacakan")]


def test_cue_opening_the_sentence_then_principal_then_representative():
    text = "Turut hadir mewakili Bupati Poso, Sekretaris Daerah Budi Santoso dan para camat se-Kabupaten Poso."
    assert reps(text) == [("Bupati Poso", "Budi Santoso", "mewakili")]


def test_representative_in_brackets_after_the_principal():
    text = "Penghargaan diterima Bupati Muna Harun Emra (yang diwakili Ibu Siti Aminah) di aula kantor gubernur."
    assert reps(text) == [("Bupati Muna", "Siti Aminah", "diwakili")]


def test_address_read_without_oleh():
    text = "Lewat amanat Menteri Pertahanan RI Budi Santoso yang dibacakan Irup, diingatkan pentingnya bela negara."
    assert reps(text) == [("Menteri Pertahanan RI", "Irup", "membacakan")]


def test_capacity_words_between_representative_and_cue():
    text = "Audiensi itu diterima Wamenkeu RI dalam kapasitasnya mewakili Menkeu RI di ruang rapat."
    assert reps(text) == [("Menkeu RI", "Wamenkeu RI", "mewakili")]


def test_headline_restating_the_leads_representation_is_one_fact():
    text = ("Wamenkeu Mewakili Menkeu Buka Rapat Anggaran\n"
            "Jakarta – Wakil Menteri Keuangan RI Rudi Hartono mewakili Menteri Keuangan RI membuka rapat anggaran.")
    assert reps(text) == [("Menteri Keuangan RI", "Rudi Hartono", "mewakili")]


def test_head_of_state_title_takes_the_states_formal_name():
    from pipeline.extract import extract_text as ex
    ps = {p.name: [t.text for t in p.titles] for p in ex(
        "Presiden Republik Federasi Brasil Carlos Ribeiro tiba di Istana Merdeka.").persons}
    assert ps == {"Carlos Ribeiro": ["Presiden Republik Federasi Brasil"]}


def test_first_person_quote_speaks_for_the_principal():
    text = ("Sementara itu, Pj Wali Kota Cimahi, Rudi Hartanto menyampaikan rasa bangganya kepada para atlet.\n"
            "\"Saya atas nama Pemkot Cimahi mengucapkan selamat kepada kalian semua. Semoga sukses,\" tutur Rudi.")
    assert reps(text) == [("Pemkot Cimahi", "Rudi Hartanto", "atas_nama")]


def test_cue_opening_a_quote_with_kami_after_the_principal():
    text = ("Jakarta - Wakil Menteri Kelautan dan Perikanan, Sakti Wibowo, meninjau pelabuhan. “Atas nama "
            "Kementerian Kelautan dan Perikanan kami menyampaikan duka yang mendalam,” ungkap Wamen KP, Sakti Wibowo.")
    assert reps(text) == [("Kementerian Kelautan dan Perikanan", "Sakti Wibowo", "atas_nama")]


def test_third_person_quote_is_not_the_speakers_representation():
    text = ("Kepala Desa Sukamaju, Ahmad Fauzi, menyambut rombongan. “Warga atas nama Pemerintah Desa Sukamaju "
            "menyiapkan jamuan,” kata Ahmad.")
    assert reps(text) == []


def test_a_body_represented_by_one_of_its_units():
    text = ("Balikpapan - Dinas Pekerjaan Umum Kota Balikpapan yang diwakili Bidang Penataan Ruang menggelar "
            "diskusi teknis dengan pengembang.")
    assert reps(text) == [("Dinas Pekerjaan Umum Kota Balikpapan", "Bidang Penataan Ruang", "diwakili")]


def test_a_person_representing_a_region():
    text = "Ananda Putri yang mewakili Kabupaten Sleman meraih juara pertama lomba pidato tingkat provinsi."
    assert reps(text) == [("Kabupaten Sleman", "Ananda Putri", "mewakili")]


def test_a_region_is_no_principal_before_diwakili():
    text = "Hadir pula Dandim 1307/ Poso diwakili Babinsa Tagolu Serda Andika bersama tamu lain."
    assert all(r[0] != "Poso" for r in reps(text))


def test_the_people_of_a_region_and_an_unnamed_title_that_stands_for_its_holder():
    text = ("Gubernur Gorontalo, Rusli Habibie, menyambut para atlet. Mewakili masyarakat Gorontalo "
            "Gubernur Gorontalo juga menyampaikan terima kasih kepada para pelatih.")
    assert reps(text) == [("masyarakat Gorontalo", "Rusli Habibie", "mewakili")]


def test_dalam_hal_ini_diwakili_without_oleh():
    from pipeline.extract import extract_text

    facts = extract_text("Wali Kota Palu dalam hal ini diwakili Kepala Dinas PUPR, Budi Santoso.")
    assert [(r.principal, r.representative) for r in facts.representations] == [("Wali Kota Palu", "Budi Santoso")]


def test_a_fronted_mewakili_skips_the_principals_own_name_to_the_one_after_the_comma():
    text = ("Musrenbang digelar Senin.\nMewakili Pelaksana Tugas Bupati Donggala H Rahmat, Asisten Pemerintahan "
            "Hj Ani Mardiyah menyampaikan, musyawarah itu penting.")
    assert reps(text) == [("Pelaksana Tugas Bupati Donggala", "Ani Mardiyah", "mewakili")]


def test_bare_wakili_and_a_clause_subject_represented_further_on():
    text = ("WAKILI BUPATI, KADIS KOMINFO HADIRI PAMERAN\n"
            "Kepala Dinas Kominfo Herman Siregar wakili Bupati Karo menjadi narasumber, Jumat (18/2/2022). "
            "Pemerintah Provinsi Jambi, mengikuti Rapat Koordinasi Nasional secara daring diwakili oleh "
            "Sekda Provinsi Jambi Sudirman Lubis.")
    assert reps(text) == [("Bupati Karo", "Herman Siregar", "mewakili"),
                          ("Pemerintah Provinsi Jambi", "Sudirman Lubis", "diwakili")]


def test_one_representation_written_twice_is_listed_once_with_the_full_principal():
    text = ("Judul\nWamenhan Budi Hartono mewakili Menteri Pertahanan RI menerima tamu, Senin (3/11/2025). "
            "Budi Hartono yang mewakili Menhan menyampaikan sambutan. Gubernur Jawa Tengah diwakili oleh "
            "Sekda Rina Kartika. Dalam sambutan Gubernur yang dibacakan oleh Rina Kartika, ia berpesan.")
    assert reps(text) == [("Menteri Pertahanan RI", "Budi Hartono", "mewakili"),
                          ("Gubernur Jawa Tengah", "Rina Kartika", "diwakili")]


def test_a_decree_read_out_is_no_ones_speech():
    text = ("Pelantikan Ketua Dekranasda Kabupaten\n\nSelanjutnya SK pengangkatan Ketua Dekranasda Rina Wati "
            "dibacakan oleh Sekretaris Dekranasda Provinsi. Sambutan Gubernur Sulawesi Barat dibacakan oleh Sekda "
            "Sulawesi Barat, Budi Hartono.")
    reps = [(r.principal, r.representative) for r in extract_text(text).representations]
    assert all("Rina" not in p and "Ketua Dekranasda" != p for p, _ in reps)
    assert any(p.startswith("Gubernur") for p, _ in reps)


def test_selaku_perwakilan_names_the_one_represented_after_it():
    text = ("Pelatihan Desa\nTurut hadir Dra. Sri Lestari, M.Si selaku perwakilan Kepala Dinas Kominfo Bali "
            "serta Kepala Bappeda, Rudi Hartono.")
    assert reps(text) == [("Kepala Dinas Kominfo Bali", "Sri Lestari", "mewakili")]


def test_a_reader_may_be_named_with_saat_before_reading_the_speech():
    text = ("Upacara Pembukaan\n“Terima kasih atas semangatnya,” kata Sekda saat membacakan sambutan Gubernur "
            "Jawa Tengah, Budi Santoso.")
    assert reps(text) == [("Gubernur Jawa Tengah", "Sekda", "membacakan")]


def test_a_country_is_represented_but_a_place_after_di_or_a_slash_only_says_where():
    text = ("Sidang Tahunan\nPada sesi kedua, delegasi Indonesia diwakili oleh Wamenkeu Budi Santoso. "
            "Rapat di Kendari diwakili oleh Asisten II Rudi Hartono. Dandim 0101/ Sukamaju diwakili Babinsa Andi Wijaya.")
    assert reps(text)[0] == ("Indonesia", "Budi Santoso", "diwakili")
    assert all(p not in ("Kendari", "Sukamaju") for p, _, _ in reps(text))


def test_an_official_speaks_through_a_subordinate_with_melalui():
    text = ("Patroli Pagi Satlantas\nPolres Sinjai – Patroli pagi rutin digelar setiap hari. Kapolres Sinjai AKBP "
            "Hendra Wiguna, S.I.K. melalui Kasat Lantas Polres Sinjai Iptu Rahmat Hidayat mengatakan patroli "
            "mencegah kemacetan. “Kami hadir di jalan setiap pagi,” tutur Kapolsek Tellu Kompol Andi Basri melalui "
            "Kanit Reskrim Aipda Muh. Yusuf.")
    assert reps(text) == [("Kapolres Sinjai", "Rahmat Hidayat", "melalui"),
                          ("Kapolsek Tellu", "Muh. Yusuf", "melalui")]


def test_a_body_acting_through_its_unit_or_a_letter_is_no_representation():
    text = ("Kementerian Sosial melalui Direktorat Rehabilitasi Sosial menyalurkan bantuan. Bupati Sinjai melalui "
            "surat edaran meminta warga waspada banjir.")
    assert reps(text) == []


def test_a_principal_is_written_without_the_short_form_in_brackets():
    text = ("Kunjungan Delegasi\nJakarta – Wakil Menteri Pertanian (Wamentan) Budi Santoso mewakili Menteri Pertanian "
            "(Mentan) RI menerima delegasi petani.")
    assert reps(text) == [("Menteri Pertanian RI", "Budi Santoso", "mewakili")]


def test_short_national_post_with_ri_is_the_holder_named_in_full():
    # "Wamenhan RI" is the post written in full before the name: the representative is its holder
    text = ("Jakarta – Wakil Menteri Pertahanan RI Dodi Hartanto bertemu pengurus Yayasan Cahaya Bangsa pada Senin "
            "pagi. Dalam pertemuan itu Wamenhan RI hadir mewakili Menhan RI yang sedang bertugas ke luar negeri.")
    assert reps(text) == [("Menhan RI", "Dodi Hartanto", "mewakili")]


def test_perwakilan_inside_a_post_is_no_cue():
    text = ("SOFIFI - Kepala Perwakilan BKKBN Maluku Utara, Renny Sofia Mustafa, mengatakan penyuluh KB "
            "berperan penting dalam penurunan stunting.")
    assert reps(text) == []


def test_passive_prefix_typed_apart_from_its_verb():
    text = ("Apel Pagi\nBupati Banggai di wakili oleh Asisten II Setda Kabupaten Banggai, Ramli Tandiabang, memimpin "
            "apel. Sambutan Gubernur Gorontalo yang di bacakan oleh Sekda Gorontalo, Yusuf Lamato, dibagikan.")
    assert reps(text) == [("Bupati Banggai", "Ramli Tandiabang", "diwakili"),
                          ("Gubernur Gorontalo", "Yusuf Lamato", "membacakan")]
