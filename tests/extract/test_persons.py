"""Persons: every anchoring construction, honorifics and degrees apart, later mentions linked."""
import pytest

from pipeline.extract import extract_text


def persons(text):
    return {p.name: p for p in extract_text(text).persons}


def test_title_comma_name_with_honorifics_and_degrees():
    ps = persons("Kepala Dinas Kesehatan Kabupaten Sigi, Dr. H. Andi Rahman, M.Kes., membuka acara.")
    assert list(ps) == ["Andi Rahman"]
    p = ps["Andi Rahman"]
    assert p.honorifics == ["Dr.", "H."]
    assert p.degrees == ["M.Kes."]
    assert [t.text for t in p.titles] == ["Kepala Dinas Kesehatan Kabupaten Sigi"]


def test_title_directly_followed_by_name():
    ps = persons("Direktur Jenderal Pajak Bambang Sutejo dalam sambutannya mengajak semua pihak.")
    assert [t.text for t in ps["Bambang Sutejo"].titles] == ["Direktur Jenderal Pajak"]


def test_name_selaku_title():
    ps = persons("Acara dibuka oleh Siti Aminah selaku Sekretaris Daerah Kabupaten Donggala kemarin.")
    assert [t.text for t in ps["Siti Aminah"].titles] == ["Sekretaris Daerah Kabupaten Donggala"]


def test_name_comma_title_after_oleh():
    ps = persons("Materi dibawakan oleh Yohanes Lado, Kepala Bidang Pemasaran Dinas Pariwisata Kota Kupang.")
    assert [t.text for t in ps["Yohanes Lado"].titles] == ["Kepala Bidang Pemasaran Dinas Pariwisata Kota Kupang"]


def test_name_runs_into_following_title():
    ps = persons("Rapat dipimpin Cahyo Pranoto Sekretaris Dinas Perhubungan Provinsi Jawa Timur di Surabaya.")
    assert "Cahyo Pranoto" in ps
    assert ps["Cahyo Pranoto"].titles[0].text == "Sekretaris Dinas Perhubungan Provinsi Jawa Timur"


def test_list_of_titles_and_names():
    text = ("Hadir Kepala Kantor Wilayah Kementerian Agama Provinsi Bali, Made Sudarsa, Kepala Kantor "
            "Kementerian Agama Kabupaten Badung, Wayan Gede, Kasubag TU, dan Kasi Bimas Islam.")
    ps = persons(text)
    assert set(ps) == {"Made Sudarsa", "Wayan Gede"}
    assert ps["Wayan Gede"].titles[0].text == "Kepala Kantor Kementerian Agama Kabupaten Badung"


def test_acting_marker_kept_in_text_and_attribute():
    ps = persons("Plt. Kepala Dinas Sosial Provinsi Riau, Nurul Huda, menyerahkan bantuan.")
    t = ps["Nurul Huda"].titles[0]
    assert t.text == "Plt. Kepala Dinas Sosial Provinsi Riau"
    assert t.acting == "Plt."


def test_temporary_acting_marker_written_in_full():
    # "Penjabat Sementara (Pjs)": the marker of a regional head's temporary stand-in, written out
    ps = persons("Apel dipimpin Penjabat Sementara (Pjs) Bupati Sukamaju Rina Kartika di halaman kantor.")
    t = ps["Rina Kartika"].titles[0]
    assert t.acting == "Pjs."
    assert t.text == "Pjs. Bupati Sukamaju"


def test_abbreviated_head_expanded_in_head():
    ps = persons("Wabup Sigi Samuel Rongko meninjau lokasi banjir.")
    t = ps["Samuel Rongko"].titles[0]
    assert t.text == "Wabup Sigi"
    assert t.head == "Wakil Bupati"


def test_later_short_mentions_link_to_one_person():
    text = ("Kakanwil Kemenag Provinsi Jambi Ahmad Sulaiman meresmikan gedung. Menurut Ahmad, gedung itu "
            "dibangun setahun. Kakanwil Sulaiman juga berpesan agar gedung dirawat.")
    ps = persons(text)
    assert list(ps) == ["Ahmad Sulaiman"]
    assert len(ps["Ahmad Sulaiman"].spans) == 3
    assert [t.text for t in ps["Ahmad Sulaiman"].titles] == ["Kakanwil Kemenag Provinsi Jambi"]


def test_unnamed_role_holders_are_not_persons():
    assert persons("Gubernur menyampaikan bahwa Bupati Poso akan hadir. Camat juga diundang.") == {}


def test_degrees_are_not_persons():
    ps = persons("Kepala Dinas Pendidikan Kota Padang, Drs. Yusran, M.Pd., menutup rapat.")
    assert list(ps) == ["Yusran"]


def test_byline_person_and_not_initials():
    ps = persons("Bupati Sigi Mohamad Yasin membuka kegiatan itu.\n(Humas/Rendra)")
    assert "Rendra" in ps
    assert persons("Bupati Sigi Mohamad Yasin membuka kegiatan itu. (jay/sul)").keys() == {"Mohamad Yasin"}


def test_military_rank_is_an_honorific():
    ps = persons("Hadir pula Kepala BNPB Letjen TNI Suharyanto dan jajaran.")
    assert list(ps) == ["Suharyanto"]
    assert "Letjen" in ps["Suharyanto"].honorifics


def test_misspelt_place_after_head_is_not_a_name():
    assert persons("Hal itu disampaikan Pj Bupati Donggal, Jumat (3/3/2023).") == {}


@pytest.mark.parametrize("text,name", [
    ("Kepala Desa Tonggolobibi, Hasan Basri, menerima bantuan.", "Hasan Basri"),
    ("Ketua TP PKK Kota Palu Ny Diah Hadianto hadir.", "Diah Hadianto"),
    ("Kepala Dinas Kesehatan, Ir. Moch. Ridwan, M.M., menjelaskan.", "Moch. Ridwan"),
])
def test_more_name_shapes(text, name):
    assert name in persons(text)


def test_title_tail_goes_on_after_a_bracketed_acronym():
    ps = persons("Kepala Dinas Pemuda dan Olahraga (Dispora) Provinsi Jambi, Hj. Sari Melati, S.Pd., membuka lomba.")
    assert [t.text for t in ps["Sari Melati"].titles] == ["Kepala Dinas Pemuda dan Olahraga Provinsi Jambi"]


def test_title_portfolio_listed_with_commas():
    ps = persons("Staf Ahli Bupati Bidang Ekonomi, Keuangan dan Pembangunan, Ir. Tono Wirawan, M.T., hadir.")
    assert [t.text for t in ps["Tono Wirawan"].titles] == [
        "Staf Ahli Bupati Bidang Ekonomi, Keuangan dan Pembangunan"]


def test_comma_after_a_title_before_another_title_ends_it():
    ps = persons("Kepala Dinas Pertanian, Budi Raharjo, dan Kepala Dinas Kesehatan, Nina Kurnia, hadir.")
    assert [t.text for t in ps["Budi Raharjo"].titles] == ["Kepala Dinas Pertanian"]
    assert [t.text for t in ps["Nina Kurnia"].titles] == ["Kepala Dinas Kesehatan"]


def test_unknown_body_words_before_an_acronym_are_not_a_name():
    ps = persons("Direktur Pemasaran Destinasi BPODT, Yohana Sitompul, menambahkan penjelasan.")
    assert list(ps) == ["Yohana Sitompul"]


def test_title_then_its_body_in_apposition_then_name():
    ps = persons("Kepala Pusat Pelatihan Pertanian, Badan Penyuluhan dan Pengembangan SDM Pertanian (BPPSDMP), "
                 "Dr. Rini Astuti, M.Si., membuka pelatihan.")
    assert [t.text for t in ps["Rini Astuti"].titles] == ["Kepala Pusat Pelatihan Pertanian"]


def test_misspelt_title_head():
    ps = persons("Sambutan dibacakan Sekertaris Daerah Kabupaten Sigi, Drs. Made Arsana, M.Si, di aula.")
    assert [t.text for t in ps["Made Arsana"].titles] == ["Sekretaris Daerah Kabupaten Sigi"]


def test_apposition_between_commas_before_a_verb():
    ps = persons("Salah seorang peserta asal Desa Lembah Hijau, Kecamatan Tobelo, Marlina Hutapea, mengaku senang.")
    assert list(ps) == ["Marlina Hutapea"]


def test_apposition_after_an_organization_with_degrees():
    ps = persons("Narasumber dari Badan Siber dan Sandi Negara, Arif Gunawan, S.Kom., memaparkan materi.")
    assert "Arif Gunawan" in ps


def test_apposition_with_age_and_role_word():
    assert "Suminah" in persons("Salah seorang penerima, Suminah (70), warga Kelurahan Talise, bersyukur.")


def test_place_lists_are_not_appositions():
    assert persons("Peserta berasal dari Palu, Donggala, dan Sigi, serta Poso, Morowali, menuju lokasi.") == {}


def test_degrees_after_a_name_are_not_a_name():
    assert list(persons("Bupati Sigi, Drs. Hamdan Mulya, M. Si, mengharapkan dukungan.")) == ["Hamdan Mulya"]


def test_name_after_diketuai():
    ps = persons("Bantuan diterima kelompok nelayan yang diketuai Hamzah. Posko dibuka besok.")
    assert list(ps) == ["Hamzah"]


def test_bare_oleh_needs_a_full_name():
    assert "Yudi" not in persons("Acara itu dihadiri oleh Yudi. Materi disampaikan oleh Rahmat Hidayat.")
    assert "Rahmat Hidayat" in persons("Materi disampaikan oleh Rahmat Hidayat di aula.")


def test_theme_slogan_is_not_a_person():
    ps = persons('Kegiatan bertema "Penyuluh Agama Pelopor Kerukunan Umat" ini diikuti 90 penyuluh.')
    assert ps == {}


def test_lowercase_role_then_organization_then_name():
    ps = persons("Materi disampaikan oleh penyuluh hukum Kanwil Kemenkumhan Bali, I Komang Adi Saputra, S.H., "
                 "yang memaparkan pencegahan kekerasan.")
    assert [t.text for t in ps["I Komang Adi Saputra"].titles] == ["penyuluh hukum Kanwil Kemenkumham Bali"]


def test_dictionary_word_inside_or_opening_a_name():
    ps = persons("Hadir praktisi dari Asosiasi E-Commerce Indonesia (idEA), Rizky Pratama Putra, yang membagikan "
                 "kiat. General Manager PT Sinar Jaya, Agung Setiawan Nugroho, menyampaikan sambutan.")
    assert "Rizky Pratama Putra" in ps
    assert [t.text for t in ps["Agung Setiawan Nugroho"].titles] == ["General Manager PT Sinar Jaya"]


def test_head_word_never_joins_a_name():
    ps = persons("Kepala Dinas Pendidikan, Budi Santoso, hadir bersama Asep Dinas Garut.")
    assert "Budi Santoso" in ps
    assert not any("Dinas" in n for n in ps)


def test_position_with_lowercase_body_names_the_one_such_body():
    ps = persons("Kapal diserahkan kepada Koperasi Produsen Nelayan Mandiri Yendidori. Ketua koperasi, Markus "
                 "Mandowen, menyatakan siap. Ketua panitia, Siti Mahmudah, S.Sos.I., melaporkan hasilnya.")
    assert [t.text for t in ps["Markus Mandowen"].titles] == ["Ketua Koperasi Produsen Nelayan Mandiri Yendidori"]
    assert [t.text for t in ps["Siti Mahmudah"].titles] == ["Ketua panitia"]


def test_position_with_lowercase_activity_it_serves():
    ps = persons("Jembatan di Kabupaten Sigi selesai dibangun. Pejabat Pembuat Komitmen kegiatan, Andi Rusdianto, "
                 "menyampaikan hasilnya. Koordinator acara, Maria Lewuk, mengatakan acara berlangsung meriah.")
    assert [t.text for t in ps["Andi Rusdianto"].titles] == ["Pejabat Pembuat Komitmen kegiatan"]
    assert [t.text for t in ps["Maria Lewuk"].titles] == ["Koordinator acara"]


@pytest.mark.parametrize("text, name", [
    ("Hadir Muh. Syamsul Bahri, S.E., dalam rapat itu.", "Muh. Syamsul Bahri"),
    ("Rapat diikuti M. Rasyid Ridha, S.Pd. dan warga desa.", "M. Rasyid Ridha"),
])
def test_abbreviated_given_name_opens_a_name_read_back_from_its_degree(text, name):
    assert name in [p.name for p in extract_text(text).persons]


def test_honorific_glued_to_the_name_before_a_role():
    ps = persons("Hadir dalam acara itu H.Kasdi Mahmud Fauzan, M.Ag selaku Kepala Kantor Kementerian Agama.")
    assert "Kasdi Mahmud Fauzan" in ps


def test_a_country_after_a_title_is_not_a_person():
    assert persons("Kepala Negara Selandia Baru tersebut disambut dengan upacara kenegaraan di Istana Bogor.") == {}


@pytest.mark.parametrize("text, expected", [
    ("Dalam sesi Governors' Plenary, Wamenkeu memaparkan sikap Indonesia soal integrasi kawasan.", set()),
    ("Bersama-sama, Presiden meyakini kawasan dapat tumbuh.", set()),
    ("Daftar pengurus: 4. Sukardi sebagai wakil sekretaris II, 5. Ali Munir sebagai wakil bendahara I.",
     {"Sukardi", "Ali Munir"}),
])
def test_one_word_before_a_title(text, expected):
    assert set(persons(text)) == expected


def test_two_letter_stopword_is_not_a_name():
    assert persons("Sesuai Permen PPN/Kepala Bappenas No 18 tahun 2020 tentang satu data.") == {}


def test_an_honorific_inside_a_run_of_capitals_opens_the_name():
    assert set(persons("Hadir pula Bupati Mubar Drs. Rahmat Lamane, M.Pd., serta para undangan.")) == {"Rahmat Lamane"}


def test_st_abbreviates_a_given_name():
    assert "St. Nurhayati" in persons("Hadir Sekretaris Diskominfo Hj. St. Nurhayati, S.IP., M.Si. dalam rapat.")


def test_capitals_before_a_copula_and_a_name_are_the_titles_unit():
    ps = persons("Direktur Layanan Pengembangan Sistem Kepegawaian Nasional, yakni Rudi Hartono menyampaikan materi.")
    assert set(ps) == {"Rudi Hartono"}


def test_one_word_name_after_a_cue_and_a_rank_with_its_service():
    assert "Prasetyo" in persons("Upacara bendera ini dikomandani Letda TNI-AU Prasetyo dengan khidmat.")


def test_one_word_name_with_a_degree_is_a_person():
    assert "Khairuddin" in persons("Hadir pula Kepala Biro Umum Setprov. Sultra Khairuddin, ST. dalam acara itu.")


def test_a_nickname_introduced_with_disapa_is_the_same_person():
    ps = persons("Bupati Tanah Laut, Andi Rahman Syah atau biasa disapa Bang Aman, memimpin rapat. "
                 "Dalam rapat tersebut, Bupati Bang Aman menyampaikan program kerja.")
    assert list(ps) == ["Andi Rahman Syah"]
    assert len(ps["Andi Rahman Syah"].spans) >= 2


def test_a_nickname_introduced_without_atau_is_the_same_person():
    ps = persons("Camat Palu Barat, Muhammad Rizal yang akrab disapa Ical, memimpin kerja bakti. \"Kami siap,\" "
                 "kata Ical.")
    assert list(ps) == ["Muhammad Rizal"]


def test_a_nickname_before_sapaan_akrab_and_a_post_is_that_posts_holder():
    ps = persons("Wali Kota Palu, Hadianto Rasyid, meresmikan pasar. \"Pasar ini milik warga,\" ujar Cak Anto, "
                 "sapaan akrab Wali Kota Palu.")
    assert list(ps) == ["Hadianto Rasyid"]


def test_a_name_misspelt_in_one_word_is_the_same_person():
    ps = persons("Atlet bulu tangkis Margaretha Lestari tiba di Kendari. Gubernur menyambut Margareta Lestari "
                 "di bandara. Hadir pula Budi Santoso dan Budi Susanto.")
    assert set(ps) == {"Margaretha Lestari", "Budi Santoso", "Budi Susanto"}


def test_a_bare_head_before_a_name_repeats_that_persons_own_title():
    ps = persons("Menteri Pertanian (Mentan), Budi Hartono, bertemu dengan Menteri Pertanian Vietnam, Nguyen Van Long. "
                 "Menteri Nguyen menjelaskan program irigasi negaranya.")
    assert [t.text for t in ps["Nguyen Van Long"].titles] == ["Menteri Pertanian Vietnam"]


@pytest.mark.parametrize("text, name", [
    ("Rapat dibuka oleh Erwin Agus Maulana selaku Kepala Dinas Sosial Kabupaten Sleman.", "Erwin Agus Maulana"),
    ("\"Kami siap mendukung program ini,\" ujar Sri Wahyuni kepada wartawan.", "Sri Wahyuni"),
])
def test_the_models_split_or_longer_person_keeps_the_whole_name(text, name):
    assert list(persons(text)) == [name]


def test_a_name_after_a_title_in_a_headline_like_lead_and_read_again_by_the_model_is_a_person():
    text = ("Wali Kota Kukuhkan Lembaga Baru\n"
            "Wali Kota Serang Nurhasan mengukuhkan Lembaga Pengkajian Potensi (LP4) Kota Serang di Kelurahan "
            "Cipare, Kota Serang, Kamis (27/6)\n"
            "Nurhasan menilai sejumlah persoalan kota masih perlu dituntaskan.")
    persons = {p.name: [t.text for t in p.titles] for p in extract_text(text).persons}
    assert persons == {"Nurhasan": ["Wali Kota Serang"]}


def test_a_bare_head_paired_with_a_full_one_shares_its_body_and_the_names_pair_in_order():
    text = "Hadir pula Ketua dan Sekum PWI, Rudi Hartono dan Hasmar, serta undangan lain."
    assert {p.name: [t.text for t in p.titles] for p in extract_text(text).persons} == {
        "Rudi Hartono": ["Ketua PWI"], "Hasmar": ["Sekum PWI"]}


def test_a_lowercase_form_of_address_anchors_a_one_word_name():
    ps = persons("Relawan TIK dibentuk dan diketuai oleh bapak Eko sejak tahun lalu.")
    assert list(ps) == ["Eko"]
    assert persons("Pembangunan ibu Kota Nusantara berlanjut tahun ini.") == {}


def test_a_later_mention_by_three_last_words_is_the_same_person():
    ps = persons("Presiden Brasil Luiz Inácio Lula da Silva tiba di Jakarta. Presiden Prabowo menyambut Presiden "
                 "Lula da Silva di Istana Bogor.")
    assert "Lula da Silva" not in ps
    assert [t.text for t in ps["Luiz Inácio Lula da Silva"].titles] == ["Presiden Brasil"]


def test_a_reporter_in_a_datelines_bracket_is_a_person_and_an_outlet_stays_an_organization():
    facts = extract_text("Kepulangan Jamaah Haji\nBanda Aceh (Zulkifli) --- Jamaah Aceh Tenggara pulang 54 orang.")
    assert [p.name for p in facts.persons] == ["Zulkifli"]
    assert "Zulkifli" not in [o.name for o in facts.organizations]
    facts = extract_text("Penghargaan\nTanjungbalai (Antaranews Sumut) - Pemkot Tanjungbalai menerima penghargaan.")
    assert "Antaranews Sumut" in [o.name for o in facts.organizations]
    assert facts.persons == []


def test_a_bare_head_does_not_take_a_full_title_another_person_holds():
    text = ("Presiden Republik Indonesia Arya Wiratama menyambut tamu negara di istana. Dalam pertemuan itu "
            "Presiden Tomasz Kowalczyk menyampaikan terima kasih atas sambutan hangat.")
    ps = persons(text)
    assert [t.text for t in ps["Arya Wiratama"].titles] == ["Presiden Republik Indonesia"]
    assert [t.text for t in ps["Tomasz Kowalczyk"].titles] == ["Presiden"]


def test_a_short_form_in_brackets_names_the_same_post():
    text = ("Bandung - Wakil Menteri Pertahanan (Wamenhan) RI Budi Santoso hadir di Cimahi. Dalam sambutannya, "
            "Wamenhan Budi menekankan pentingnya sinergi.")
    ps = persons(text)
    assert [t.text for t in ps["Budi Santoso"].titles] == ["Wakil Menteri Pertahanan RI"]


def test_a_bare_post_joined_by_a_comma_to_another_name_stays_with_its_known_holder():
    text = ("Jakarta - Menteri Pertahanan RI Budi Santoso menerima tokoh masyarakat di kantornya. Dalam keterangan "
            "pers yang didampingi Menhan, Joko Susilo menyampaikan terima kasih. Sebelumnya, setelah bertakziah ke "
            "kediaman almarhum Serda Andi Saputra Wijaya, Menhan tiba di rumah duka.")
    ps = persons(text)
    assert [t.text for t in ps["Budi Santoso"].titles] == ["Menteri Pertahanan RI"]
    assert ps["Joko Susilo"].titles == [] and ps["Andi Saputra Wijaya"].titles == []


def test_a_name_written_once_without_its_middle_name_is_the_same_person():
    text = ("Menteri Pertanian menerima Ketua Umum Partai Nusantara Bersatu, Rahmat Wibowo Harahap, di kantornya. "
            "Dalam pertemuan itu, Rahmat Harahap menyampaikan dukungan bagi program swasembada pangan.")
    ps = persons(text)
    assert list(ps) == ["Rahmat Wibowo Harahap"]


def test_a_former_post_keeps_the_word_that_says_so():
    text = ("Bupati Sigi Samuel Rongko membuka acara itu. Hadir pula Rudi Hartawan, yang juga mantan Asisten III "
            "Setda Sigi, serta sejumlah tokoh masyarakat.")
    ps = persons(text)
    assert [t.text for t in ps["Rudi Hartawan"].titles] == ["mantan Asisten III Setda Sigi"]
    assert [t.text for t in ps["Samuel Rongko"].titles] == ["Bupati Sigi"]


def test_the_post_a_person_holds_after_yang_menjabat():
    text = "Hendra Gunawan yang menjabat sebagai Kepala Desa Sukamaju menyampaikan terima kasih kepada warga."
    ps = persons(text)
    assert [t.text for t in ps["Hendra Gunawan"].titles] == ["Kepala Desa Sukamaju"]


def test_portfolio_post_takes_the_bodies_after_commas():
    # a post that names only its portfolio sits in the bodies written after it; the holder comes last
    ps = persons("Di lokasi, Kabid Lalu Lintas, Dishub Kaltara, Markus Welem mengatakan arus kendaraan lancar.")
    assert [t.text for t in ps["Markus Welem"].titles] == ["Kabid Lalu Lintas, Dishub Kaltara"]  # the comma kept
    ps = persons("Hadir Kepala Pusat Data Pertanian, Badan Penyuluhan Pertanian (BPP), Dr. Rina Kartika, S.P., membuka acara.")
    assert [t.text for t in ps["Rina Kartika"].titles] == ["Kepala Pusat Data Pertanian"]


@pytest.mark.parametrize("text,name,title", [
    ("Penghargaan diterima Wakil Bupati Tolitoli (Alm.) Andi Rusdi Latif melalui keluarganya.",
     "Andi Rusdi Latif", "Wakil Bupati Tolitoli"),
    ("Hadir Ketua Kwartir Daerah Komjen Pol. (Purn.) Sutarno Wibowo dalam upacara itu.",
     "Sutarno Wibowo", "Ketua Kwartir Daerah"),
])
def test_bracketed_marks_between_post_and_name(text, name, title):
    # a deceased or retired mark in brackets sits with the honorifics; the holder still follows the post
    ps = persons(text)
    assert [t.text for t in ps[name].titles] == [title]


def test_one_post_in_two_spellings_is_one_title():
    ps = persons("Pertemuan dengan President ADB Hiroto Kanemura berlangsung hangat. "
                 "Presiden ADB Hiroto Kanemura menyampaikan apresiasi.")
    assert len(ps["Hiroto Kanemura"].titles) == 1


def test_numbered_or_other_posts_are_not_respellings():
    from pipeline.resolve.persons import _respelt_title
    assert _respelt_title("Sekertaris Daerah Kabupaten Poso", "Sekretaris Daerah Kabupaten Poso")
    assert not _respelt_title("Wakil Ketua I", "Wakil Ketua II")
    assert not _respelt_title("Kepala Dinas Kesehatan", "Kepala Dinas Kelautan")


def test_words_written_twice_in_a_title_are_a_typo():
    ps = persons("Menteri didampingi Kepala Pusat Kepala Pusat Kurikulum dan Perbukuan, Rahmat Sulistyo; serta staf.")
    assert [t.text for t in ps["Rahmat Sulistyo"].titles] == ["Kepala Pusat Kurikulum dan Perbukuan"]


def test_dash_between_post_and_holder_in_a_list():
    ps = persons("Delegasi bertemu Presiden Bank Dunia (WB) - Hendrik Vossberg, dan Kepala Dinas Pariwisata – Maria Lolo.")
    assert [t.text for t in ps["Hendrik Vossberg"].titles] == ["Presiden Bank Dunia"]
    assert [t.text for t in ps["Maria Lolo"].titles] == ["Kepala Dinas Pariwisata"]


def test_degree_letter_groups_in_another_case_before_selaku():
    ps = persons("Sambutan dibawakan Rina Mahardika, S.Ap., M.Ip selaku Camat Tondano Utara pada pagi itu.")
    assert list(ps) == ["Rina Mahardika"]
    assert ps["Rina Mahardika"].degrees == ["S.Ap.", "M.Ip"]
    assert [t.text for t in ps["Rina Mahardika"].titles] == ["Camat Tondano Utara"]


def test_holder_with_honorific_after_a_numbered_unit_holds_the_title():
    ps = persons("Sumbangan itu diserahkan kepada Ketua RW 07 Hj. Marlina Sitompul di balai warga.")
    assert [t.text for t in ps["Marlina Sitompul"].titles] == ["Ketua RW 07"]


def test_post_written_after_its_holder_with_a_dash():
    ps = persons("Sambutan dibawakan Yulianus Baso – Kepala Dinas Perikanan Kota Bitung pada pagi itu.")
    assert [t.text for t in ps["Yulianus Baso"].titles] == ["Kepala Dinas Perikanan Kota Bitung"]


def test_unknown_dotted_capitals_among_honorifics_do_not_block_the_name():
    ps = persons("Acara dibuka Ketua Pengadilan Negeri Tondano Dr. HMS. Roni Kalalo, S.H. pada pagi itu.")
    assert [t.text for t in ps["Roni Kalalo"].titles] == ["Ketua Pengadilan Negeri Tondano"]


def test_numbered_unit_word_before_an_honorific_is_not_the_holder():
    ps = persons("Bingkisan diterima pengurus dari Ketua Kloter 12 H Darmawi SHI.")
    assert list(ps) == ["Darmawi"]
    assert [t.text for t in ps["Darmawi"].titles] == ["Ketua Kloter 12"]


def test_a_teams_task_word_continues_its_name_before_the_bodies():
    ps = persons("Keterangan itu diberikan Ketua Tim Penyusun Standar Layanan Informasi, Direktorat Layanan Publik, "
                 "Kementerian Komunikasi dan Digital (Komdigi) Rahmawati dalam bimbingan teknis.")
    assert [t.text for t in ps["Rahmawati"].titles] == [
        "Ketua Tim Penyusun Standar Layanan Informasi, Direktorat Layanan Publik, Kementerian Komunikasi dan Digital"]
