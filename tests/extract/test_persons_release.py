"""Persons in the shapes real releases write them: units the title rules cut short, ranks, credit lines,
closing contact blocks, middle initials. The trained NER (models/ner-id) takes part, as in every run."""
from tests.extract.readers import titles_by_person as persons


def test_unit_of_a_directorate_general_is_not_read_as_a_name():
    ps = persons("Direktur Jenderal Bina Marga Hendra Wiratama meninjau jembatan darurat di Kabupaten Sigi.")
    assert ps == {"Hendra Wiratama": ["Direktur Jenderal Bina Marga"]}


def test_title_with_body_then_comma_then_name():
    ps = persons("Sementara itu, Ketua Baznas Kota Palu, Ahmad Fauzan Rasyid menyampaikan terima kasih kepada donatur.")
    assert ps == {"Ahmad Fauzan Rasyid": ["Ketua Baznas Kota Palu"]}


def test_rank_is_neither_title_nor_name():
    ps = persons("Wakapolres Sigi, Kompol Darmawan Saputra Lubis, memimpin apel pagi di halaman mapolres.")
    assert list(ps) == ["Darmawan Saputra Lubis"]


def test_middle_initial_without_a_dot_stays_in_the_name():
    ps = persons("Piagam itu diserahkan Menteri Dalam Negeri Yohanes K Pardede kepada wali kota.")
    assert "Yohanes K Pardede" in ps


def test_credit_line_names_are_persons_and_writer_codes_are_not():
    text = ("Kegiatan ini diikuti ratusan guru dari seluruh kabupaten di provinsi tersebut dengan antusias.*** "
            "(Penulis: Wulandari/Editor: Bonifasius Lado, Citra M.)")
    ps = persons(text)
    assert {"Wulandari", "Bonifasius Lado", "Citra M."} <= set(ps)
    coded = persons("Kegiatan ini diikuti ratusan guru dari seluruh kabupaten dengan antusias. (Abi/Rk)")
    assert coded == {}


def test_closing_contact_block_gives_name_and_position():
    text = ("Pemerintah terus menjaga daya beli masyarakat dan mengendalikan inflasi daerah.\n***\n"
            "Yulianti Pratiwi\nKepala Biro Komunikasi dan Layanan Informasi\nKementerian Keuangan\n")
    assert persons(text) == {"Yulianti Pratiwi": ["Kepala Biro Komunikasi dan Layanan Informasi"]}


def test_capitalized_common_word_after_a_title_is_not_a_person():
    ps = persons("Rapat dihadiri Ketua Panitia Pelaksana Daerah dan para camat se-Kabupaten Poso.")
    assert ps == {}


def test_honorifics_glued_to_the_name_and_degrees_after_a_comma():
    ps = persons("Hadir Kasubag TU Drs.H.Margono,M.Sy dan Walikota Serang H.Darmadi,S.Sos,M.Si di aula.")
    assert {"Margono", "Darmadi"} <= set(ps)


def test_speaker_after_a_quote_verb():
    ps = persons("“Area parkir masih ditata ulang,” ujar Wartono. Dia menambahkan pedagang akan dipindah.")
    assert "Wartono" in ps


def test_position_line_then_name_line_closes_a_release():
    text = ("Bantuan disalurkan kepada warga yang membutuhkan di wilayah itu. (din)**\n"
            "Kepala Diskominfo Kota Palu\nRahmi A. Lamato\n")
    assert persons(text) == {"Rahmi A. Lamato": ["Kepala Diskominfo Kota Palu"]}


def test_misspelt_word_of_a_two_word_head_and_an_acronym_after_the_head():
    ps = persons("Turut hadir Wakil Gunernur Sulawesi Tengah, Dr. H. Markus Lasahido, SH. Sementara itu "
                 "Kepala Dinas (Kadis) PUPR Yosef Mandala mengatakan pembangunan selesai.")
    assert ps["Markus Lasahido"] == ["Wakil Gubernur Sulawesi Tengah"]
    assert ps["Yosef Mandala"] == ["Kepala Dinas PUPR"]


def test_abbreviated_head_takes_a_bare_jurisdiction_and_a_corps_rank():
    ps = persons("Upacara dihadiri Danlanal Palu Kolonel (P) Ridwan Hakim dan Danlanud Palu Kolonel (Pnb) Yoga Pratomo.")
    assert ps == {"Ridwan Hakim": ["Danlanal Palu"], "Yoga Pratomo": ["Danlanud Palu"]}


def test_given_name_that_is_a_month_word_stays_in_the_name():
    ps = persons("Rapat dibuka Kepala Dinas Pertanian Kabupaten Sigi, Agus Setiawan Lamadi, di aula kantor.")
    assert "Agus Setiawan Lamadi" in ps
    ps = persons("Hadir pula Menteri Kehutanan Dodi Juli Hartanto dalam peluncuran itu.")
    assert "Dodi Juli Hartanto" in ps


def test_bertindak_sebagai_gives_a_second_title_and_adalah_opens_the_name():
    ps = persons("Kapolres Sigi AKBP Yusuf Hamid bertindak sebagai Inspektur Upacara pada apel pagi.\n"
                 "Bertindak sebagai Komandan Upacara (Danup) adalah Kompol Rudi Hartono.")
    assert ps == {"Yusuf Hamid": ["Kapolres Sigi", "Inspektur Upacara"], "Rudi Hartono": ["Komandan Upacara"]}


def test_what_the_post_serves_between_post_and_adalah_keeps_the_title():
    ps = persons("Proyek jalan itu ditargetkan rampung bulan depan. Adapun Pejabat Pembuat Komitmen kegiatan adalah "
                 "Markus Ledoh, sedangkan Ketua panitia lomba ini adalah Yanti Lado.")
    assert ps == {"Markus Ledoh": ["Pejabat Pembuat Komitmen"], "Yanti Lado": ["Ketua"]}
    assert persons("Kepala Dinas Kesehatan Kota Kupang menyebut penyebab utama adalah Demam Berdarah.") == {}


def test_list_of_titles_and_names_one_per_line():
    ps = persons("Rapat tim berlangsung di aula kantor gubernur pada pagi hari.\nRapat dibuka oleh ketua tim.\n"
                 "Anggota tim itu yakni:\n"
                 "Kadinkes Kabupaten Poso Setiawan,\n"
                 "Kabag Umum Sekretariat Daerah Kabupaten Sigi, A Rahman Lamato.\nRapat ditutup siang.")
    assert ps == {"Setiawan": ["Kadinkes Kabupaten Poso"],
                  "A Rahman Lamato": ["Kabag Umum Sekretariat Daerah Kabupaten Sigi"]}


def test_national_post_with_ri_then_comma_and_honorifics():
    ps = persons("Sertifikat diberikan oleh Presiden RI, Ir. H. Darmawan Santoso melalui tautan video.")
    assert ps == {"Darmawan Santoso": ["Presiden RI"]}


def test_bracketed_abbreviation_of_a_title_is_not_a_name():
    ps = persons("Jakarta – Wakil Menteri Perdagangan (Wamendag) Rudi Hartono Saputra membuka pameran. "
                 "Wamendag mengatakan ekspor naik. Menurut Wamendag Rudi, pasar Asia terbuka.")
    assert ps == {"Rudi Hartono Saputra": ["Wakil Menteri Perdagangan"]}


def test_acting_marker_after_a_name_ends_the_name():
    ps = persons("Bekasi – Sementara itu, Yusuf Hamid Saputra PLT. Wali Kota Bekasi mengirimkan personel ke Cianjur.")
    assert "Yusuf Hamid Saputra" in ps


def test_name_anchored_by_dotted_degrees_after_a_comma():
    ps = persons("Rapat dihadiri peserta dari berbagai daerah pada pagi hari.\nRapat dibuka pukul sembilan.\n"
                 "Peserta yang hadir yaitu:\nRahmawati Sari, S.E., M.M.\nYulianto, S.Pd.\nPEMBAHASAN\nRapat membahas anggaran.")
    assert ps == {"Rahmawati Sari": [], "Yulianto": []}


def test_undotted_acronym_after_a_comma_anchors_no_name():
    ps = persons("Rapat dihadiri peserta dari berbagai daerah.\nKoperasi Sejahtera, SE membuka cabang baru.")
    assert "Koperasi Sejahtera" not in ps


def test_two_posts_joined_by_a_slash_have_one_holder():
    ps = persons("Hadir Menteri Perhubungan Yosua Matondang, Menteri Pariwisata/Kepala Badan Promosi Wisata Rina "
                 "Kartikasari, serta Menteri Sosial Gatot Wirasena.")
    assert ps["Yosua Matondang"] == ["Menteri Perhubungan"]
    assert ps["Rina Kartikasari"] == ["Menteri Pariwisata", "Kepala Badan Promosi Wisata"]


def test_name_with_a_month_word_keeps_its_own_title_in_a_list():
    ps = persons("Hadir Menteri Pertanian Andi Juli Saputra, Menteri Sosial Gatot Wirasena dan pejabat lain.")
    assert ps["Andi Juli Saputra"] == ["Menteri Pertanian"]


def test_acting_marker_in_capitals_after_the_name():
    ps = persons("Atas musibah itu, Hendra Kusuma PLT. Wali Kota Sukabumi mengirimkan tenaga medis ke lokasi.")
    assert ps == {"Hendra Kusuma": ["Plt. Wali Kota Sukabumi"]}


def test_acting_marker_spelled_out_in_lowercase():
    ps = persons("Rapat dipimpin Pelaksana tugas Bupati Garut Rudi Gunawan di pendopo.")
    assert ps == {"Rudi Gunawan": ["Pelaksana Tugas Bupati Garut"]}


def test_military_unit_number_and_seat_belong_to_the_head():
    ps = persons("Turut hadir Danramil 05/Sukamaju, Kapten Inf Robert Simanjuntak, Danrem 171/PVT Brigjen TNI "
                 "Yudi Pratama dan Danposal Tanjungbatu, Letda Laut Rahmat Hidayat.")
    assert ps == {"Robert Simanjuntak": ["Danramil 05/Sukamaju"], "Yudi Pratama": ["Danrem 171/PVT"],
                  "Rahmat Hidayat": ["Danposal Tanjungbatu"]}


def test_spokesperson_line_in_a_closing_contact_block():
    text = ("Pemerintah daerah terus memantau harga bahan pokok menjelang hari raya.\n"
            "Ardi Pranata\nJuru Bicara Gubernur Jawa Barat")
    assert persons(text) == {"Ardi Pranata": ["Juru Bicara Gubernur Jawa Barat"]}


def test_surname_hakim_is_part_of_the_name():
    ps = persons("Sekretaris Daerah Kabupaten Bogor Lukman Hakim membuka rapat koordinasi.")
    assert ps == {"Lukman Hakim": ["Sekretaris Daerah Kabupaten Bogor"]}


def test_unit_abbreviation_after_a_bare_head_is_not_a_name():
    assert persons("Direktur Jenderal Ilmate berharap pelatihan daring ini menambah wawasan para insinyur.") == {}


def test_country_of_accreditation_ends_an_ambassadors_title():
    ps = persons("Menteri didampingi Duta Besar RI untuk Kerajaan Belanda, Rudi Hartawan, dan Duta Besar Luar Biasa "
                 "dan Berkuasa Penuh Republik Ceko Jaroslav Novak.")
    assert ps == {"Rudi Hartawan": ["Duta Besar RI untuk Kerajaan Belanda"],
                  "Jaroslav Novak": ["Duta Besar Luar Biasa dan Berkuasa Penuh Republik Ceko"]}


def test_abbreviated_given_name_opens_a_name_the_model_reads():
    ps = persons("Rapat itu juga dihadiri Muh. Ridwan Saleh yang menyampaikan laporan keuangan panitia.")
    assert "Muh. Ridwan Saleh" in ps


def test_one_word_region_or_country_is_not_a_person():
    ps = persons("Menkeu bertemu Menteri Keuangan Australia, Jim Chalmers, dan tamu dari Jakarta Direktur Utama "
                 "Bank Sulteng Rahmat Hidayat.")
    assert "Australia" not in ps and "Jakarta" not in ps
    assert ps["Jim Chalmers"] == ["Menteri Keuangan Australia"]


def test_short_heads_ka_and_ses_open_titles():
    ps = persons("Hadir Ka. Dinas Kominfo Sultra, Budi Santoso, dan Ses Ditjen Strahan Kemhan, Andi Pratama.")
    assert ps == {"Budi Santoso": ["Ka. Dinas Kominfo Sultra"], "Andi Pratama": ["Ses Ditjen Strahan Kemhan"]}


def test_region_words_never_inside_a_name():
    assert persons("Kegiatan diikuti Posyantek Kecamatan Purworejo bersama warga desa.") == {}


def test_unknown_short_form_then_region_is_the_titles_unit():
    ps = persons("Sambutan disampaikan Kepala Disparbudpora Kabupaten Donggala, Syafrina Putri.")
    assert ps == {"Syafrina Putri": ["Kepala Disparbudpora Kabupaten Donggala"]}


def test_lowercase_role_after_sebagai_or_a_comma_is_a_title():
    ps = persons("Susunan pengurus baru: Ahmad Hanafi sebagai wakil bendahara I. Hal itu disampaikan Budi Santoso, "
                 "kepala Dinas Pendidikan Kota Pontianak, kemarin.")
    assert ps == {"Ahmad Hanafi": ["wakil bendahara I"], "Budi Santoso": ["kepala Dinas Pendidikan Kota Pontianak"]}


def test_more_short_heads_of_staff_and_units():
    ps = persons("Hadir Kasubsi Sumarno Wibowo, Sesjen Togar Simatupang dan Rina Marlina (Staf Humas Sekretariat DPRD "
                 "Kota Makassar).")
    assert ps == {"Sumarno Wibowo": ["Kasubsi"], "Togar Simatupang": ["Sesjen"],
                  "Rina Marlina": ["Staf Humas Sekretariat DPRD Kota Makassar"]}


def test_guru_inside_a_body_name_is_no_title():
    ps = persons("Kepala Balai Guru Penggerak Provinsi Sulawesi Selatan, Andi Pratama, membuka lokakarya.")
    assert ps == {"Andi Pratama": ["Kepala Balai Guru Penggerak Provinsi Sulawesi Selatan"]}


def test_list_of_names_each_with_selaku_and_a_title():
    ps = persons("Rapat dihadiri Veronika Anggraini, S.Si., M.E. selaku Kepala BPS Kota Kendari, Hasrul Rahman selaku "
                 "Kepala Bidang Statistik Sosial.")
    assert ps == {"Veronika Anggraini": ["Kepala BPS Kota Kendari"], "Hasrul Rahman": ["Kepala Bidang Statistik Sosial"]}


def test_a_name_only_the_model_reads_ends_where_the_model_ends():
    ps = persons("Wali kota bertemu umat Nasrani Menjelang Perayaan Natal di balai kota.")
    assert "Nasrani Menjelang" not in ps


def test_place_heads_take_a_foreign_country_or_a_national_body():
    ps = persons("Kuliah umum dibuka Gubernur Lemhannas RI Dede Hasan Mulyadi bersama Perdana Menteri Thailand "
                 "Somchai Wongsawat.")
    assert ps == {"Dede Hasan Mulyadi": ["Gubernur Lemhannas RI"], "Somchai Wongsawat": ["Perdana Menteri Thailand"]}


def test_pair_of_heads_then_pair_of_names():
    ps = persons("Program ini janji Bupati dan Wakil Bupati Rahmat Hidayat – Sinta Dewi kepada warga desa.")
    assert ps == {"Rahmat Hidayat": ["Bupati"], "Sinta Dewi": ["Wakil Bupati"]}


def test_lowercase_role_of_a_school_or_a_corps_after_a_name():
    ps = persons("Lilis Rahmawati, guru SMP Negeri 3 Garut, menilai lokakarya bermanfaat. Dimas Putra Ramadhan, "
                 "siswa SMA Negeri 6 Garut, mengaku senang.")
    assert ps == {"Lilis Rahmawati": ["guru SMP Negeri 3 Garut"],
                  "Dimas Putra Ramadhan": ["siswa SMA Negeri 6 Garut"]}


def test_month_word_closing_a_name_but_not_a_season():
    ps = persons("Selama bulan Ramadhan, Kepala Dinas Sosial Budi Santoso membagikan takjil di Safari Ramadhan.")
    assert ps == {"Budi Santoso": ["Kepala Dinas Sosial"]}


def test_a_name_the_text_introduces_with_yakni_stays_a_name():
    ps = persons("Kegiatan dibuka Deputi MIS BPS, yakni Suparmin yang didampingi para pejabat pimpinan tinggi.")
    assert ps == {"Suparmin": ["Deputi MIS BPS"]}


def test_the_name_of_an_award_or_an_exercise_is_no_person():
    text = ("Judul\nWali kota menerima piagam penghargaan Anubhawa Sasana dari menteri. Dirjen meninjau Latihan Posko "
            "Kridha Yudha di Bandung, sementara gubernur menerima Lencana Darma Bakti dari Bapak Ahmad Yani.")
    assert set(persons(text)) == {"Ahmad Yani"}


def test_one_person_written_with_an_initial_the_old_spelling_or_a_malay_title_is_one_person():
    text = ("Judul\nKepala Dinas Kominfo M. Rizal Harahap membuka acara. Menurut Rizal Harahap, program ini penting. "
            "Kalapas Tjiptono hadir. Menurut Ciptono, kegiatan lancar. Ketua LAM Datuk Seri Amran Yusuf hadir. "
            "Ketua A. Rahman dan Wakil Ketua B. Rahman juga hadir.")
    assert set(persons(text)) == {"M. Rizal Harahap", "Tjiptono", "Amran Yusuf", "A. Rahman", "B. Rahman"}


def test_one_word_name_after_a_post_closed_by_its_place():
    text = "Warga menggelar pengajian bersama di desa.\nKegiatan dihadiri Camat Lage Riswandi dan warga setempat."
    assert persons(text) == {"Riswandi": ["Camat Lage"]}


def test_a_village_posts_next_word_is_the_village_when_the_register_has_it():
    text = ("Judul Berita Hari Ini\nHadir dalam acara itu Camat Lore Utara Hendra Saputra dan Kepala Desa Tagolu "
            "Rusdi bersama warga setempat di lokasi.")
    assert persons(text) == {"Hendra Saputra": ["Camat Lore Utara"], "Rusdi": ["Kepala Desa Tagolu"]}


def test_an_initial_written_without_its_dot_opens_the_holders_name():
    text = ("Judul Berita Hari Ini\nPada kesempatan itu Kepala Dinas Kominfo M Rizal hadir bersama Kepala Desa "
            "Tagolu, R Hasibuan, dan warga setempat.")
    assert persons(text) == {"M Rizal": ["Kepala Dinas Kominfo"], "R Hasibuan": ["Kepala Desa Tagolu"]}


def test_a_newcomers_post_then_a_comma_and_the_name():
    text = ("Judul Berita Hari Ini\nPresiden menyampaikan selamat kepada Perdana Menteri Jepang yang baru, Kenji "
            "Watanabe, serta Kepala Dinas Kesehatan yang baru dilantik, Ani Lestari.")
    assert persons(text) == {"Kenji Watanabe": ["Perdana Menteri Jepang"], "Ani Lestari": ["Kepala Dinas Kesehatan"]}


def test_a_bare_h_after_a_posts_unit_is_haji_opening_the_holders_name():
    text = "Judul Berita Hari Ini\nPada kesempatan itu sumbangan diterima dari Ketua Panitia H Rusli Hamid di aula."
    assert persons(text) == {"Rusli Hamid": ["Ketua Panitia"]}


def test_an_unknown_short_form_then_a_bare_region_is_the_posts_unit():
    text = ("Judul Berita Hari Ini\nHadir pula Sekretaris Dinas Infokomtik Sigi Budi Prasetyo, serta Sekretaris "
            "Dukcapil Tera Poso Lestiani, bersama warga.")
    assert persons(text) == {"Budi Prasetyo": ["Sekretaris Dinas Infokomtik Sigi"],
                             "Lestiani": ["Sekretaris Dukcapil Tera Poso"]}


def test_words_before_a_comma_and_a_bare_post_are_not_a_name():
    text = ("Judul Berita Hari Ini\nWakil Menteri Keuangan Rudi Hartawan hadir di Manila. Pada sesi Opening "
            "Dialogue, Wamenkeu menegaskan dukungan Indonesia bagi pembiayaan iklim.")
    assert persons(text) == {"Rudi Hartawan": ["Wakil Menteri Keuangan"]}


def test_a_rank_written_in_full_is_not_part_of_the_post():
    text = ("Judul Berita Hari Ini\nMenhan berbincang dengan Komandan Komando Daerah TNI AL (Dankodaeral) V "
            "Laksamana Pertama TNI Rudi Hartawan di dermaga.")
    assert persons(text) == {"Rudi Hartawan": ["Komandan Komando Daerah TNI AL V"]}


def test_posts_of_the_armed_forces_leadership():
    text = ("Judul Berita Hari Ini\nHadir Wakil Panglima TNI Jenderal TNI Budi Prasetyo serta Kepala Staf Angkatan "
            "Udara Marsekal TNI Dr. Andi Saputra di lokasi.")
    assert persons(text) == {"Budi Prasetyo": ["Wakil Panglima TNI"], "Andi Saputra": ["Kepala Staf Angkatan Udara"]}


def test_capitals_between_name_words_are_initials_not_an_acronym():
    text = ("Judul Berita Hari Ini\nAcara itu dihadiri Wakil Menteri Dalam Negeri Yohanes RK Wibisono bersama "
            "Kepala Seksi Pelayanan BPOLBF Sinta Marlina.")
    assert persons(text) == {"Yohanes RK Wibisono": ["Wakil Menteri Dalam Negeri"],
                             "Sinta Marlina": ["Kepala Seksi Pelayanan BPOLBF"]}


def test_a_rank_written_in_capitals_ends_the_post():
    text = ("Judul Berita Hari Ini\nKasi Humas Polres Luwuk IPTU Rahmat Hidayat menyampaikan imbauan, didampingi "
            "Kapolsek Tinangkung IPDA YUSRAN PALEWAI, S.H.")
    assert persons(text) == {"Rahmat Hidayat": ["Kasi Humas Polres Luwuk"], "Yusran Palewai": ["Kapolsek Tinangkung"]}


def test_a_nurses_prefix_is_not_a_name():
    text = "Judul Berita Hari Ini\nKepala Puskesmas Lage, Ns. Rina Marlina menyampaikan materi kepada kader."
    assert persons(text) == {"Rina Marlina": ["Kepala Puskesmas Lage"]}


def test_a_nurses_prefix_written_out_is_not_a_name():
    text = "Judul Berita Hari Ini\nKepala UPTD Puskesmas Lage, Ners Rina Marlina, S.Kep, menyampaikan materi."
    assert persons(text) == {"Rina Marlina": ["Kepala UPTD Puskesmas Lage"]}


def test_short_forms_of_working_units_heads_are_posts():
    text = ("Judul Berita Hari Ini\nHadir Subkoordinator Humas Dinas Sosial Banggai Budi Prasetyo, Wakasat Lantas "
            "Polres Sigi AKP Rudi Hartawan, dan Kapospol Toili Aipda Joko Susilo.")
    assert persons(text) == {"Budi Prasetyo": ["Subkoordinator Humas Dinas Sosial Banggai"],
                             "Rudi Hartawan": ["Wakasat Lantas Polres Sigi"], "Joko Susilo": ["Kapospol Toili"]}


def test_a_common_word_after_a_bare_head_is_its_unit():
    text = ("Judul Berita Hari Ini\nLaporan disampaikan Ketua Panitia Hendra Gunawan di hadapan peserta. \"Semua "
            "berjalan lancar,\" ujar Rina Marlina selaku Ketua Panitia.")
    assert persons(text) == {"Hendra Gunawan": ["Ketua Panitia"], "Rina Marlina": ["Ketua Panitia"]}


def test_pada_joins_a_posts_unit_to_its_body():
    text = ("Judul Berita Hari Ini\nHadir Kepala pada Seksi Sarana Bidang Pendidikan Dasar, Lestari Wulandari, dan "
            "Analis Kebijakan pada Biro Hukum Setda Provinsi Jambi Rudi Hartawan.")
    assert persons(text) == {"Lestari Wulandari": ["Kepala pada Seksi Sarana Bidang Pendidikan Dasar"],
                             "Rudi Hartawan": ["Analis Kebijakan pada Biro Hukum Setda Provinsi Jambi"]}


def test_epithet_after_a_roman_numbered_unit_is_no_person():
    text = "Judul Berita Hari Ini\nKegiatan resmi dibuka di Makodam XXI/Radin Inten, Bandar Lampung, pada Sabtu (1/11/2025)."
    assert persons(text) == {}


def test_pm_is_the_short_head_of_a_prime_minister():
    text = ("Judul Berita Hari Ini\nPertemuan dihadiri Sultan Brunei dan PM Selandia Baru, Christopher Luxon, di "
            "ruang sidang utama.")
    assert persons(text)["Christopher Luxon"] == ["PM Selandia Baru"]


def test_yang_juga_sebagai_gives_the_same_person_a_second_post():
    text = ("Judul Berita Hari Ini\nSelanjutnya, Hendra Gunawan yang juga sebagai pembina Forum Pemuda Kota Palu "
            "menyampaikan harapannya.")
    assert persons(text) == {"Hendra Gunawan": ["pembina Forum Pemuda Kota Palu"]}


def test_a_holder_named_after_a_post_takes_the_post_after_yang_juga():
    text = ("Judul Berita Hari Ini\nBupati Sigi Rizal Intjenae yang sekaligus Ketua Dewan Pembina Pramuka Kabupaten "
            "Sigi memimpin rapat koordinasi.")
    assert persons(text) == {"Rizal Intjenae": ["Bupati Sigi", "Ketua Dewan Pembina Pramuka Kabupaten Sigi"]}


def test_pranata_humas_is_a_functional_post():
    text = ("Judul Berita Hari Ini\n\"Visual yang baik mudah diingat,\" ujar Rina Marlina yang juga Pranata Humas "
            "Kemkomdigi. Rina memaparkan contoh infografis.")
    assert persons(text) == {"Rina Marlina": ["Pranata Humas Kemkomdigi"]}


def test_civil_service_functional_posts_with_their_grade_are_titles():
    ps = persons("Statistisi Ahli Madya BPS Provinsi Sulawesi Barat, Andi Rahmat Syarif, menambahkan bahwa "
                 "Perencana Ahli Muda Bappeda Provinsi Gorontalo, Ramlah Mohi, turut memaparkan data.")
    assert ps == {"Andi Rahmat Syarif": ["Statistisi Ahli Madya BPS Provinsi Sulawesi Barat"],
                  "Ramlah Mohi": ["Perencana Ahli Muda Bappeda Provinsi Gorontalo"]}


def test_a_term_of_office_between_the_post_and_its_holder_stays_in_the_post():
    text = ("Judul Berita Hari Ini\nHadir sebagai pembicara Menteri Perhubungan periode 2009-2014 Rahmat Hidayat. "
            "Pelantikan Budi Santoso sebagai Bupati Muna periode 2021-2026 disusul sambutan.")
    assert persons(text) == {"Rahmat Hidayat": ["Menteri Perhubungan periode 2009-2014"],
                             "Budi Santoso": ["Bupati Muna"]}


def test_a_policys_name_after_its_first_capitalized_word_is_no_person():
    text = ("Judul Berita Hari Ini\nMenhan menegaskan arti kebijakan Perisai Trisula Nusantara, yang "
            "memadukan kekuatan darat, laut, dan udara.")
    assert persons(text) == {}


def test_a_former_post_with_a_demonstrative_is_the_speakers_epithet():
    text = ("Judul Berita Hari Ini\n\"Penertiban kita laksanakan setiap hari,\" kata Kasat Pol PP Kabupaten Sigi, "
            "Dedi Kurniawan, Selasa (11/1/2021).\n\"Pedagang hanya boleh berjualan sore,\" jelas mantan Kepala "
            "Badan Kesbangpol Kabupaten Sigi itu.")
    assert persons(text) == {"Dedi Kurniawan": ["Kasat Pol PP Kabupaten Sigi",
                                                "mantan Kepala Badan Kesbangpol Kabupaten Sigi"]}


def test_a_platforms_name_is_no_person():
    text = ("Judul Berita Hari Ini\nSelama empat hari, peserta mendapatkan materi tentang Platform Merdeka Mengajar, "
            "perencanaan berbasis data, dan asesmen.")
    assert persons(text) == {}


def test_a_quote_verb_opening_an_inverted_attribution_is_not_in_the_name():
    from pipeline.resolve.names import read_name

    for verb in ("Tambah", "Imbuh", "Pungkas"):
        r = read_name(f"{verb} Hartawan, bantuan akan diserahkan secara bertahap.", 0)
        assert r is None or not r.name.startswith(verb)


def test_a_post_made_generic_by_a_demonstrative_before_adalah_names_no_holder():
    from pipeline.extract import extract_text as _extract
    assert [p.name for p in _extract("Menurutnya Lurah itu adalah Wakil Rakyatnya di kelurahan.").persons] == []


def test_a_ceremony_role_written_before_a_post_and_a_name_is_the_holders_title_too():
    ps = persons("Upacara HUT Kabupaten\n\nMAROS - Upacara digelar di Lapangan Pallantikang, Jumat (29/11/2024). "
                 "Bertindak selaku Inspektur Upacara, Bupati Maros, Andi Rahmat Saleh. Komandan Upacara dalam kegiatan "
                 "ini yaitu Kepala Bidang Mutasi BKPSDM Maros, Yusran Latif.\n"
                 "Pembina Apel : Sekretaris Daerah Kota Ternate, Rusli Hamid\n")
    assert ps == {"Andi Rahmat Saleh": ["Inspektur Upacara", "Bupati Maros"],
                  "Yusran Latif": ["Komandan Upacara", "Kepala Bidang Mutasi BKPSDM Maros"],
                  "Rusli Hamid": ["Pembina Apel", "Sekretaris Daerah Kota Ternate"]}


def test_a_pupil_s_class_in_lowercase_between_the_role_and_the_school():
    ps = persons("Nur Aisyah Lamato, siswi kelas V SD Negeri 2 Parigi, mengaku senang. Rahmat Lamadi, siswa kelas "
                 "VIII SMP Negeri 3 Bungku, hadir.")
    assert ps == {"Nur Aisyah Lamato": ["siswi kelas V SD Negeri 2 Parigi"],
                  "Rahmat Lamadi": ["siswa kelas VIII SMP Negeri 3 Bungku"]}
