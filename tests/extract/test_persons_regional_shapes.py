"""Shapes of names and posts in regional police, military and local-government releases."""
import pytest

from pipeline.extract import extract_text
from tests.extract.readers import titles_by_person as persons


@pytest.mark.parametrize("text, expected", [
    # a name written in capitals after the post and the rank
    ("Kapolres Kepulauan Aru AKBP HERU WIDYATMOKO, SH juga memberikan arahan.",
     {"Heru Widyatmoko": ["Kapolres Kepulauan Aru"]}),
    # an initial after a form of address or a rank
    ("Turut hadir Ketua RT Bapak J. Sinaga bersama warga.", {"J. Sinaga": ["Ketua RT"]}),
    ("Babinsa Koramil 09/Tiga Balata jajaran Kodim 0207/Simalungun Serma W Saragih mengunjungi desa binaan.",
     {"W Saragih": ["Babinsa Koramil 09/Tiga Balata"]}),
    # the village served, then the unit
    ("Karena itu Bhabinkamtibmas Desa Sukobubuk Polsek Margorejo Polresta Pati Aiptu Sugiyanto "
     "rutin menjalankan DDS.", {"Sugiyanto": ["Bhabinkamtibmas Desa Sukobubuk Polsek Margorejo Polresta Pati"]}),
    # a title closed by its jurisdiction, then a one-word name the model glued to the body
    ("Ketua KPU Majalengka Ruhiyat menuturkan, perolehan suara Pilgub segera diumumkan.",
     {"Ruhiyat": ["Ketua KPU Majalengka"]}),
    # the model's body runs past the regency's name into the holder's given name
    ("Hal itu disampaikan Kepala Dinas Sosial Kabupaten Sigi Muhlis Arsyad di Sigi.",
     {"Muhlis Arsyad": ["Kepala Dinas Sosial Kabupaten Sigi"]}),
    ("Peresmian ditandai dengan pengguntingan pita oleh Wako Fadly bersama warga.", {"Fadly": ["Wako"]}),
    ("Adapun Kasie Penkum dan Humas Kejati, Ricky Pattiasina menjelaskan perkara tersebut.",
     {"Ricky Pattiasina": ["Kasie Penkum dan Humas Kejati"]}),
    ("Keterangan itu diberikan lewat Ps. Kasat Lantas Polres Kobar Iptu Dimas Pratama, S.T.K.",
     {"Dimas Pratama": ["Ps. Kasat Lantas Polres Kobar"]}),
    # an abbreviated given name or Daeng, and a Sasak noble name word after the post, open the holder's name
    ("Kepala Satpol PP Pinrang Muh. Rusdi Lamada melaporkan bahwa upacara berjalan.",
     {"Muh. Rusdi Lamada": ["Kepala Satpol PP Pinrang"]}),
    ("Kepala Dinas Perikanan Abd. Karim Lamusu membuka acara.", {"Abd. Karim Lamusu": ["Kepala Dinas Perikanan"]}),
    ("Kepala Desa Bontomarannu, Sahabuddin Dg. Nyampa, berterima kasih kepada Babinsa.",
     {"Sahabuddin Dg. Nyampa": ["Kepala Desa Bontomarannu"]}),
    ("Tes urine diminta Kepala Dinas Kesehatan Lombok Tengah, Lalu Ahmad Sukardi.",
     {"Lalu Ahmad Sukardi": ["Kepala Dinas Kesehatan Lombok Tengah"]}),
    # a verb ending in -kan is not corrected into a noun that would extend the post
    ("Babinsa Tumbuhkan Rasa Kebersamaan\nBabinsa Sertu Sudarto anggota Koramil 12/HP membantu warga.",
     {"Sudarto": ["Babinsa"]}),
])


def test_regional_shapes(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text", [
    "Pertemuan berlangsung di Graha Sindangkasih Jalan KH Abdul Halim, Senin (09/07).",  # a street's name
    "Babinsa Turun Ke Sawah, Wujud Kedekatan TNI Dengan Petani\nKegiatan itu berjalan lancar.",  # common words
])


def test_no_person(text):
    assert persons(text) == {}


def test_a_family_name_shared_by_two_post_holders_names_two_persons():
    ps = persons("Wali Kota Malang, Drs H. Sukarjo mengingatkan agar Lurah memberikan pelayanan terbaik. Hadir Ketua "
                 "Tim Penggerak PKK Kota Malang, Wulandari Sukarjo. Menurut Sukarjo, gedung itu penting.")
    assert ps == {"Sukarjo": ["Wali Kota Malang"], "Wulandari Sukarjo": ["Ketua Tim Penggerak PKK Kota Malang"]}


def test_a_later_mention_without_the_given_name_is_the_person_named_in_full_before():
    ps = persons("Kepala Dinas PUPR Sulawesi Barat, Petrus Yumte Beanal, meninjau jalan di Mamuju. \"Kami percepat "
                 "perbaikan,\" kata Yumte Beanal.")
    assert ps == {"Petrus Yumte Beanal": ["Kepala Dinas PUPR Sulawesi Barat"]}
    # a husband's name his wife's ends with: his own post, written first
    ps = persons("Gubernur Sulawesi Barat Ali Baso membuka acara. Istri gubernur, Nurlina Ali Baso, turut hadir. "
                 "Ali Baso berharap acara sukses.")
    assert ps == {"Ali Baso": ["Gubernur Sulawesi Barat"], "Nurlina Ali Baso": []}


def test_a_later_surname_with_the_same_post_is_the_same_person():
    ps = persons("Menteri Keuangan Sri Mulyani Indrawati hadir. Kata Menkeu Indrawati, anggaran cukup.")
    assert list(ps) == ["Sri Mulyani Indrawati"]


@pytest.mark.parametrize("text, expected", [
    # initials written together before the name; a rank and an honorific are no part of the post
    ("Apel pagi dipimpin oleh Inspektur Upacara Brigjen TNI Dr. A.R. Bambang Wicaksono, S.E., M.M. pada Senin.",
     {"A.R. Bambang Wicaksono": ["Inspektur Upacara"]}),
    # a misspelt region word still opens the post's jurisdiction
    ("\"Maskot itu berwujud rusa\" ujar Sekertaris Daerah Privinsi Sulawesi Tenggara, Dr. Hj. Nur Hasanah Rahim, SE.",
     {"Nur Hasanah Rahim": ["Sekretaris Daerah Provinsi Sulawesi Tenggara"]}),
])


def test_initials_and_misspelt_regions(text, expected):
    assert persons(text) == expected


def test_a_street_runs_over_a_city_inside_its_name():
    places = [p.name for p in extract_text("Apel digelar di Lapangan Bhineka Tunggal Ika, Jalan Medan Merdeka "
                                           "Barat, Jakarta Pusat, pada Kamis (2/10/2025).").places]
    assert "Jalan Medan Merdeka Barat" in places


@pytest.mark.parametrize("text, expected", [
    ("Pertemuan dipimpin oleh Kasubdit Multilateral Ditkersinhan Ditjen Strahan Kemhan, Kolonel Arm Fauzan Hidayat.",
     {"Fauzan Hidayat": ["Kasubdit Multilateral Ditkersinhan Ditjen Strahan Kemhan"]}),
    ("Kepala Pusbang Literasi dan Profesi SDM Komunikasi Kementerian Komunikasi dan Informatika Ratih Kumalasari "
     "mengatakan hal itu.",
     {"Ratih Kumalasari": ["Kepala Pusbang Literasi dan Profesi SDM Komunikasi Kementerian Komunikasi dan Informatika"]}),
    # a list of people after a post is no unit
    ("Bupati Purworejo Hadi Sugiarto, Dr. H. Budi Santoso dan warga hadir.",
     {"Hadi Sugiarto": ["Bupati Purworejo"], "Budi Santoso": []}),
])


def test_a_posts_unit_read_as_a_name(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Gedung baru itu dibuka oleh Pangdam III/Siliwangi, Mayjen TNI Suhendar, pada Kamis.",
     {"Suhendar": ["Pangdam III/Siliwangi"]}),
    # customary prefixes written in capitals open a name
    ("Pembacaan Keputusan Presiden tentang pengesahan pasangan LD Harun Emra, ST sebagai Bupati Muna.",
     {"LD Harun Emra": ["Bupati Muna"]}),
    ("Hadir Gubernur Lemhannas RI TB. Dede Hasan Mulyadi dan tamu.",
     {"TB. Dede Hasan Mulyadi": ["Gubernur Lemhannas RI"]}),
    ("Anggota DPR TB Hasanuddin mengatakan hal itu.", {"TB Hasanuddin": ["Anggota DPR"]}),
])


def test_numbered_commands_and_name_prefixes(text, expected):
    assert persons(text) == expected


def test_a_one_letter_honorific_before_the_last_word_is_an_initial():
    ps = persons("Aturan tersebut ditandatangani Menteri Hukum dan Hak Asasi Manusia Yasonna H. Laoly pada 3 Maret 2020.")
    assert ps == {"Yasonna H. Laoly": ["Menteri Hukum dan Hak Asasi Manusia"]}


def test_a_kecamatan_named_after_its_kota_with_a_compass_word():
    ps = persons("Hadir pula Ketua TP PKK Bekasi Selatan Warsih Darma Sasmita dan para kader.")
    assert ps == {"Warsih Darma Sasmita": ["Ketua TP PKK Bekasi Selatan"]}


def test_a_surname_that_ends_like_a_verb_is_still_a_name():
    # "-kan" makes a verb only on a word of running text ("Sampaikan"); "Latuheruwakan" is a Moluccan surname
    from pipeline.extract import extract_text

    facts = extract_text("Judul Berita Hari Ini Panjang Sekali\nDeputi Bidang Klimatologi, Johan Latuheruwakan, "
                         "menjelaskan musim hujan datang lebih awal. Ia menekankan pentingnya kesiapsiagaan.")
    assert "Johan Latuheruwakan" in [p.name for p in facts.persons]


def test_a_name_glued_to_the_verb_after_it_is_not_read_as_one_name():
    from pipeline.resolve.names import is_name_word

    assert not is_name_word("Rinamenekankan")
    assert is_name_word("Latuheruwakan")


def test_initials_in_capitals_open_the_name_after_a_post_and_a_comma():
    ps = persons("Judul Berita\nSeminar diisi pembicara Kepala Badan Nasional Penanggulangan Bencana, LS. Sumantri dan warga setempat.")
    assert ps == {"LS. Sumantri": ["Kepala Badan Nasional Penanggulangan Bencana"]}


@pytest.mark.parametrize("text, expected", [
    ("Air Bersih\nKepala Suku Lani Yohanes Wenda menyambut baik pembangunan sumur itu.",
     {"Yohanes Wenda": ["Kepala Suku Lani"]}),
    ("Kunjungan\nMenhan menerima Kepala Suku Muyu Distrik Mindiptana Boven Digoel Papua Selatan Markus Kamber di Jakarta.",
     {"Markus Kamber": ["Kepala Suku Muyu Distrik Mindiptana Boven Digoel Papua Selatan"]}),
])


def test_a_tribe_chief_is_named_by_one_word_then_where_it_lives(text, expected):
    found = persons(text)
    assert found == expected


def test_short_abbreviated_given_name_after_honorifics_stays_in_the_name():
    ps = persons("Rapat Kerja\nRapat dihadiri Bapak Dr. H. Mz. Budiman Tarigan, M.Si (asal Jambi) dan para undangan.")
    assert list(ps) == ["Mz. Budiman Tarigan"]


@pytest.mark.parametrize("text", [
    "Kunjungan Kerja\nMenhan meninjau kesiapan pesawat tempur Sukhoi Su-27/30 di pangkalan udara itu.",
    "Upacara Laut\nUpacara digelar di atas KRI dr. Wahidin Sudirohusodo-991 di perairan Teluk Jakarta.",
])


def test_a_name_glued_to_a_number_by_a_hyphen_is_a_type_or_a_vessel(text):
    assert persons(text) == {}


@pytest.mark.parametrize("text", [
    "Pengajian\nUstaz menekankan pentingnya Hubbul Wathon bagi generasi muda. Semoga diberkahi, Amin Ya Rabbal Alamin.",
    "Tahlilan\nJamaah membaca Yasin dan mengirimkan pahalanya kepada Ahlul Mayit, sebagaimana dianjurkan para ulama.",
])


def test_arabic_devotional_phrases_are_not_names(text):
    assert persons(text) == {}


@pytest.mark.parametrize("name", ["Sunaryo", "Lumbanraja"])


def test_one_word_set_off_by_commas_after_a_post_is_its_holder(name):
    # the model's place reading of an unknown single word does not outweigh the comma after a full post
    ps = persons(f"Rapat Koordinasi Banjir\nRapat dihadiri Kepala Dinas Perhubungan, {name}, serta Kepala Dinas "
                 "Sosial, Ahmad Fauzi.")
    assert ps == {name: ["Kepala Dinas Perhubungan"], "Ahmad Fauzi": ["Kepala Dinas Sosial"]}


def test_a_region_set_off_by_commas_after_a_post_is_no_holder():
    ps = persons("Rapat Koordinasi Banjir\nRapat dihadiri Kepala Dinas Perhubungan, Siantar, serta Kepala Dinas "
                 "Sosial, Ahmad Fauzi.")
    assert ps == {"Ahmad Fauzi": ["Kepala Dinas Sosial"]}


@pytest.mark.parametrize("name", ["Asmara Fitri", "Rina Fitri Handayani"])


def test_a_given_name_that_is_also_a_holiday_word_stays_in_the_name(name):
    ps = persons(f"Halal Bihalal Idul Fitri\nKepala Dinas Kesehatan, dr. {name}, membuka acara Halal Bihalal Idul "
                 "Fitri di aula.")
    assert ps == {name: ["Kepala Dinas Kesehatan"]}


def test_prison_section_short_forms_joined_by_dan_stay_in_the_post():
    text = ("Kunjungan kerja\nKasi Binadik dan Giatja Lapas Kelas IIB Tolitoli, Rini Lasimpo, memaparkan program "
            "pembinaan.\n")
    assert persons(text) == {"Rini Lasimpo": ["Kasi Binadik dan Giatja Lapas Kelas IIB Tolitoli"]}


def test_prison_head_takes_the_class_then_the_seat_before_an_accompanying_clause():
    text = ("Remisi\nDalam acara itu Kalapas Kelas IIA Ampana, Rudi Lamba, didampingi Kasubsi Registrasi "
            "Yuliana Lamaga.\n")
    assert persons(text)["Rudi Lamba"] == ["Kalapas Kelas IIA Ampana"]


@pytest.mark.parametrize("text, expected", [
    ("Penertiban dipimpin Danton I Satpol PP Kabupaten Sigi, Ahmad Yani Lasaka.",
     {"Ahmad Yani Lasaka": ["Danton I Satpol PP Kabupaten Sigi"]}),
    ("Danru Satpol PP Kota Palu Rudi Hartono mengatakan hal itu.", {"Rudi Hartono": ["Danru Satpol PP Kota Palu"]}),
    ("Danki Yonif 711/Raksatama Kapten Inf Yusuf Tandi hadir.", {"Yusuf Tandi": ["Danki Yonif 711/Raksatama"]}),
])


def test_commanders_of_a_unit_company_platoon_or_squad(text, expected):
    assert persons(text) == expected


def test_a_lombok_given_name_that_is_a_common_word_opens_the_holders_name():
    text = ("Dinas Kesehatan Kabupaten Lombok Timur melakukan fogging di Desa Rakam.\n"
            "Kepala Dinas Sosial, Lalu Ahmad Zaini, menambahkan bantuan disalurkan. Kabid P2P Dinas Kesehatan "
            "Kabupaten Lombok Timur, Lalu Hasbulloh, SKM, mengimbau warga menguras bak mandi.")
    got = persons(text)
    assert got.get("Lalu Ahmad Zaini") == ["Kepala Dinas Sosial"]
    assert got.get("Lalu Hasbulloh") == ["Kabid P2P Dinas Kesehatan Kabupaten Lombok Timur"]


def test_daeng_written_short_inside_a_bugis_makassar_name_keeps_the_name_whole():
    text = ("Pemerintah Kabupaten Buol menggelar apel gabungan di halaman kantor bupati.\n"
            "Apel dipimpin Pj Bupati Buol, Dr. Rizal Dg. Mattiro, S.H., didampingi Camat Biau Andi Baso Dg. Tompo.")
    got = persons(text)
    assert got.get("Rizal Dg. Mattiro") == ["Pj. Bupati Buol"]
    assert got.get("Andi Baso Dg. Tompo") == ["Camat Biau"]
@pytest.mark.parametrize("text, expected", [
    ("Kalaksa BPBD Lombok Timur, Lalu Muhammad Zainuddin, menyampaikan bahwa angin kencang terjadi sore hari.",
     {"Lalu Muhammad Zainuddin": ["Kalaksa BPBD Lombok Timur"]}),
    ("Hadir pula Lalu Ahmad Zaini dan Baiq Nurul Hidayah di lokasi pengungsian.",
     {"Lalu Ahmad Zaini": [], "Baiq Nurul Hidayah": []}),
    # no comma: after the body's region the title opens the holder's name; "Lalu Lintas" stays a body's
    ("Kepala Dinas Sosial NTB Lalu Karmadi hadir bersama Kepala Dinas Pariwisata Lombok Tengah Baiq Sundari "
     "dan Kepala Satuan Lalu Lintas Polres Lombok Timur AKP Didik Purnomo.",
     {"Lalu Karmadi": ["Kepala Dinas Sosial NTB"], "Baiq Sundari": ["Kepala Dinas Pariwisata Lombok Tengah"],
      "Didik Purnomo": ["Kepala Satuan Lalu Lintas Polres Lombok Timur"]}),
])


def test_a_sasak_title_of_nobility_opens_the_name(text, expected):
    assert persons(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Kalaksa BPBD Halmahera Barat, Rusdi Hi. Taher, menyebut lima desa dievakuasi.",
     {"Rusdi Hi. Taher": ["Kalaksa BPBD Halmahera Barat"]}),
    ("Kalaksa BPBD Halmahera Barat, Hi. Rusdi Taher, menyebut lima desa dievakuasi.",
     {"Rusdi Taher": ["Kalaksa BPBD Halmahera Barat"]}),
])
def test_north_maluku_haji_mark_opens_or_stays_inside_a_name(text, expected):
    assert persons(text) == expected


def test_a_maluku_village_heads_post_is_raja_negeri_and_raja_still_opens_names():
    assert persons("Banjir melanda Negeri Sepa, Kecamatan Amahai. Raja Negeri Sepa, Abdul Gani Wailissa, "
                   "berterima kasih atas bantuan.") == {"Abdul Gani Wailissa": ["Raja Negeri Sepa"]}
    assert persons("Hadir Menteri Kehutanan Raja Juli Antoni di Palu.") == {"Raja Juli Antoni": ["Menteri Kehutanan"]}
    assert "Raja Maha Vajiralongkorn" not in persons("Presiden bertemu Raja Maha Vajiralongkorn di Bangkok.")
    assert persons("Kepala Dinas Pariwisata Raja Ampat Yusdi Lamatenggo hadir di Waisai.") == {
        "Yusdi Lamatenggo": ["Kepala Dinas Pariwisata Raja Ampat"]}


def test_the_wife_named_with_her_husbands_name_is_another_person():
    ps = persons("Pelepasan Jamaah Haji\nBupati Wajo, Andi Rosman, melepas jamaah haji. Acara dihadiri Ketua TP PKK "
                 "Wajo, Hj. Andi Tenri Rosman, dan Ketua MUI Wajo, Abdul Rauf.")
    assert ps.get("Andi Rosman") == ["Bupati Wajo"]
    assert ps.get("Andi Tenri Rosman") == ["Ketua TP PKK Wajo"]


def test_daeng_abbreviated_inside_a_name_before_its_post():
    ps = persons("Kunjungan Kerja\nKunjungan didampingi Ibu Asni Dg. Matona selaku Pengelola Program Gizi.")
    assert ps == {"Asni Dg. Matona": ["Pengelola Program Gizi"]}


def test_a_form_of_address_after_the_comma_ends_the_posts_unit():
    ps = persons("Pengajian Akbar\nWakil Bupati didampingi Kasubag Bina Mental, Hj. Sitti Nurhaedah, S.Ag., "
                 "dan para penyuluh agama.")
    assert ps.get("Sitti Nurhaedah") == ["Kasubag Bina Mental"]


def test_a_name_word_the_model_leaves_out_after_a_province_short_form_opens_the_name():
    ps = persons("Rapat Koordinasi\nKepala Dinas Kesehatan Provinsi NTT Catur Ariyanto Widodo membuka rapat.")
    assert ps == {"Catur Ariyanto Widodo": ["Kepala Dinas Kesehatan Provinsi NTT"]}


@pytest.mark.parametrize("text,expected", [
    ("Wakil Bupati Ende, Dominikus Minggu Mere, membuka rapat koordinasi di aula kantor bupati.",
     {"Dominikus Minggu Mere": ["Wakil Bupati Ende"]}),
    ("Bupati Sikka Yohanes Minggu Lado meresmikan pasar rakyat di kota itu.",
     {"Yohanes Minggu Lado": ["Bupati Sikka"]}),
])
def test_a_weekday_that_is_a_given_name_stays_inside_the_name(text, expected):
    assert persons(text) == expected


def test_a_weekday_after_a_name_is_still_the_date():
    ps = persons("Camat Nangapanda Yosef Lado Minggu (9/3/2025) membuka rapat bersama warga desa.")
    assert ps == {"Yosef Lado": ["Camat Nangapanda"]}
