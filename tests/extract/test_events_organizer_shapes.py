"""How releases say who holds the main event: invitations, partnerships, short forms, headline subjects."""
import pipeline.extract  # noqa: F401  (registers the components)
from pipeline.extract import extract_text
from tests.extract.readers import main_event


def _event(text: str):
    return main_event(text, text.split("\n", 1)[0])


def test_the_body_that_invites_hosts_the_event():
    text = ("Bupati Boalemo Hadiri Peringatan Hari Jadi Kabupaten Gorontalo\n"
            "TILAMUTA, (7/3/2025) - Bupati Boalemo, Rizal Pakaya, menghadiri undangan Pemerintah Kabupaten Gorontalo "
            "dalam peringatan Hari Jadi ke-352 Kabupaten Gorontalo di Limboto, Jumat (7/3/2025).\n"
            "Rizal mengatakan kehadirannya sebagai bentuk silaturahmi antardaerah.")
    assert _event(text).organizer == "Pemerintah Kabupaten Gorontalo"


def test_atas_undangan_ends_the_name_and_names_the_host():
    text = ("Sekda NTB Hadiri Rakornas Pengendalian Inflasi\n"
            "MATARAM, (3/3/2025) - Sekretaris Daerah Provinsi Nusa Tenggara Barat, Lalu Gita Ariadi, menghadiri Rapat "
            "Koordinasi Nasional Pengendalian Inflasi atas undangan Kementerian Dalam Negeri di Jakarta, Senin (3/3/2025).\n"
            "Sekda mengatakan inflasi terkendali.")
    event = _event(text)
    assert event.name == "Rapat Koordinasi Nasional Pengendalian Inflasi"
    assert event.organizer == "Kementerian Dalam Negeri"


def test_merupakan_kerja_sama_names_the_first_partner():
    text = ("Sosialisasi Bahaya Narkoba di SMA Negeri 1 Ternate\n"
            "TERNATE, (3/3/2025) - Ratusan siswa SMA Negeri 1 Ternate mengikuti sosialisasi bahaya narkoba, Senin "
            "(3/3/2025). Sosialisasi ini merupakan kerja sama Badan Narkotika Nasional Kota Ternate dengan Dinas "
            "Pendidikan Provinsi Maluku Utara.\nKepala BNN Kota Ternate, Samsudin Umar, mengajak siswa menjauhi narkoba.")
    assert _event(text).organizer == "Badan Narkotika Nasional Kota Ternate"


def test_the_short_form_of_the_event_refers_to_it():
    text = ("Gerakan Pangan Murah Digelar di Sumbawa Besar\n"
            "SUMBAWA BESAR, (5/3/2025) - Gerakan Pangan Murah (GPM) kembali digelar di Lapangan Pahlawan, Rabu "
            "(5/3/2025). GPM ini dilaksanakan oleh Dinas Ketahanan Pangan Kabupaten Sumbawa dengan dukungan Perum "
            "Bulog Cabang Sumbawa.\nWarga antusias membeli beras dan gula.")
    assert _event(text).organizer == "Dinas Ketahanan Pangan Kabupaten Sumbawa"


def test_a_headline_verb_is_no_modifier_of_an_english_head():
    text = ("Dinas Pariwisata Lombok Barat Helat Festival Senggigi\n"
            "GERUNG, (8/3/2025) - Dinas Pariwisata dan Kebudayaan Kabupaten Lombok Barat menghelat Festival Senggigi "
            "di Pantai Senggigi, Sabtu (8/3/2025).\nFestival dibuka oleh Bupati Lombok Barat, Lalu Ahmad Zaini.")
    event = _event(text)
    assert not event.name.startswith("Dinas")
    assert event.organizer == "Dinas Pariwisata dan Kebudayaan Kabupaten Lombok Barat"


def test_digagas_and_dipelopori_name_the_organizer():
    text = ("Aksi Tanam Mangrove di Pesisir Palopo\n"
            "PALOPO, (5/3/2025) - Ratusan pelajar menanam 2.000 bibit mangrove di pesisir Kelurahan Songka, Rabu "
            "(5/3/2025). Kegiatan ini digagas oleh Dinas Lingkungan Hidup Kota Palopo.\n"
            "Menurut panitia, mangrove melindungi pantai dari abrasi.")
    assert _event(text).organizer == "Dinas Lingkungan Hidup Kota Palopo"


def test_a_headline_passive_with_its_agent_ends_the_name():
    text = ("Festival Pantai Losari Diprakarsai Dinas Pariwisata Makassar\n"
            "MAKASSAR, (8/3/2025) - Festival Pantai Losari 2025 digelar di Anjungan Pantai Losari, Sabtu (8/3/2025). "
            "Festival ini diprakarsai Dinas Pariwisata Kota Makassar untuk menarik wisatawan mancanegara.\n"
            "Sebanyak 30 kelompok seni tampil.")
    event = _event(text)
    assert "Diprakarsai" not in event.name
    assert event.organizer == "Dinas Pariwisata Kota Makassar"


def test_a_headline_read_as_the_name_stops_at_its_passive_predicate():
    text = ("Uji KIR Gratis Digelar Dishub Makassar\n"
            "MAKASSAR, (6/3/2025) - Uji KIR gratis bagi angkutan kota berlangsung di Terminal Daya, Kamis (6/3/2025). "
            "Sebanyak 200 kendaraan diperiksa.\nKepala Dinas Perhubungan Kota Makassar, Zainal Ibrahim, mengatakan "
            "uji KIR gratis digelar dua kali setahun.")
    event = _event(text)
    assert event.name == "Uji KIR Gratis"
    assert event.organizer == "Dinas Perhubungan Kota Makassar"


def test_a_partner_set_before_the_subject_is_not_the_organizer():
    text = ("Bersama Kemensos, Pemkab Mamasa Salurkan Bantuan Korban Longsor\n"
            "MAMASA, (6/3/2025) - Bersama Kementerian Sosial, Pemerintah Kabupaten Mamasa menyalurkan bantuan logistik "
            "kepada korban tanah longsor di Desa Rantebulahan, Kamis (6/3/2025).\nBantuan berupa beras dan selimut.")
    assert _event(text).organizer == "Pemerintah Kabupaten Mamasa"


def test_the_body_s_people_after_oleh_stand_for_the_body():
    text = ("Pemeriksaan Jentik Nyamuk di Kecamatan Woha\n"
            "BIMA, (5/3/2025) - Pemeriksaan jentik nyamuk dari rumah ke rumah berlangsung di Desa Talabiu, Kecamatan "
            "Woha, Rabu (5/3/2025). Pemeriksaan dilaksanakan oleh tim dari Dinas Kesehatan Kabupaten Bima.\n"
            "Warga diminta menguras bak mandi seminggu sekali.")
    assert _event(text).organizer == "Dinas Kesehatan Kabupaten Bima"


def test_dilakukan_oleh_names_the_organizer():
    text = ("Penertiban Reklame Liar di Kendari\n"
            "KENDARI, (6/3/2025) - Penertiban reklame liar di sepanjang Jalan Ahmad Yani berlangsung Kamis (6/3/2025). "
            "Penertiban dilakukan oleh Satuan Polisi Pamong Praja Kota Kendari bersama Dinas Perhubungan Kota Kendari.\n"
            "Sebanyak 120 reklame diturunkan.")
    assert _event(text).organizer == "Satuan Polisi Pamong Praja Kota Kendari"


def test_organizer_label_in_a_sentence_without_colon():
    text = ("Bazar Amal Ramadan Diikuti 40 UMKM\n"
            "GORONTALO, (3/3/2025) - Penyelenggara kegiatan, yakni Dinas Sosial Provinsi Gorontalo, menyebut bahwa "
            "bazar amal diikuti 40 UMKM, Senin (3/3/2025).\nWarga antusias berbelanja.")
    assert _event(text).organizer == "Dinas Sosial Provinsi Gorontalo"
    text = ("Lomba Perahu Hias Meriahkan Teluk Ternate\n"
            "TERNATE, (3/3/2025) - Lomba perahu hias digelar di Pantai Falajawa, Senin (3/3/2025). Adapun "
            "penyelenggara kegiatan ini adalah Dinas Pariwisata Kota Ternate.\nPeserta datang dari enam kecamatan.")
    assert _event(text).organizer == "Dinas Pariwisata Kota Ternate"


def test_a_headline_bare_short_form_stands_for_the_body_written_with_its_region():
    text = ("Debat Publik Calon Bupati Digelar KPU\n"
            "LUWUK, (3/3/2025) - Komisi Pemilihan Umum (KPU) Kabupaten Banggai menggelar debat publik calon bupati "
            "di Gedung Kartini, Senin (3/3/2025).\nDebat diikuti tiga pasangan calon.")
    assert _event(text).organizer == "Komisi Pemilihan Umum Kabupaten Banggai"
    text = ("Pelatihan Relawan Digelar PMI\n"
            "KUPANG, (3/3/2025) - Palang Merah Indonesia (PMI) Kota Kupang menggelar pelatihan relawan bencana, "
            "Senin (3/3/2025).\nPeserta berasal dari 20 kelurahan.")
    assert _event(text).organizer == "Palang Merah Indonesia Kota Kupang"


def test_a_body_after_those_taking_part_is_whom_the_event_is_for():
    text = ("Pelepasan Siswa PKL SMK Negeri 2 Palu\n"
            "PALU, (3/3/2025) - Pelepasan siswa PKL SMK Negeri 2 Palu dilaksanakan di Aula Kantor Camat Palu Barat, "
            "Senin (3/3/2025).\nSebanyak 30 siswa telah menyelesaikan praktik kerja selama tiga bulan.")
    assert _event(text).organizer != "SMK Negeri 2 Palu"
    text = ("Pamitan Mahasiswa Magang\n"
            "GORONTALO, (3/3/2025) - Pamitan mahasiswa magang Universitas Negeri Gorontalo digelar di Aula Dinas "
            "Perhubungan Provinsi Gorontalo, Senin (3/3/2025).\nPara mahasiswa telah magang selama dua bulan.")
    assert _event(text).organizer != "Universitas Negeri Gorontalo"


def test_an_audience_requested_by_a_visitor_is_hosted_by_whom_it_is_with():
    text = ("Unpatti Jajaki Kerja Sama Pendidikan\n"
            "AMBON - Rektor Universitas Pattimura Johan Latuconsina melakukan audiensi dengan Kepala Dinas Pendidikan "
            "Provinsi Maluku Hendrik Lewerissa di Kantor Dinas Pendidikan Provinsi Maluku, Senin (3/3/2025).\n"
            "Audiensi membahas beasiswa bagi guru.")
    assert _event(text).organizer == "Dinas Pendidikan Provinsi Maluku"
    text = ("BWS Sulawesi III Bahas Irigasi\n"
            "MAMUJU - Kepala Balai Wilayah Sungai Sulawesi III Andi Mappa melakukan audiensi dengan Dinas PUPR "
            "Kabupaten Mamuju di Ruang Rapat Dinas PUPR, Senin (3/3/2025).\nKeduanya membahas saluran irigasi.")
    assert _event(text).organizer == "Dinas PUPR Kabupaten Mamuju"


def test_visitors_who_made_a_visit_received_do_not_host_it():
    found = extract_text("Sekda Terima Tamu dari Luar Negeri\nGorontalo – Sekretaris Daerah Provinsi Gorontalo, Sofian "
                         "Ibrahim, menerima kunjungan kehormatan Regional Managing Director Asia Pacific Business Council "
                         "(APBC), John Smith, di Kantor Gubernur Gorontalo, Jumat (17/10/2025).\nDalam kesempatan "
                         "tersebut, Sekda menyampaikan apresiasi kepada delegasi APBC atas inisiatif untuk melakukan "
                         "kunjungan kehormatan ke Gorontalo.", published="2025-10-17")
    assert "Asia Pacific Business Council" in {o.name for o in found.organizations}
    assert found.main_event.organizer != "Asia Pacific Business Council"
