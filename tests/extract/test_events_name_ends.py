"""Where an event's name ends: stages, destinations and a headline's predicate, on sentences written for the tests."""
from pipeline.extract.event_phrases import lexicon, scan_name_end


def _name(text: str, cue: str) -> str:
    at = text.index(cue)
    return text[at:scan_name_end(text, at + len(cue), lexicon(), set())]


def test_a_numbered_stage_is_part_of_the_name():
    text = "Dinas Sosial melakukan penyaluran bantuan pangan tahap ketiga pada pekan lalu."
    assert _name(text, "penyaluran") == "penyaluran bantuan pangan tahap ketiga"
    text = "Pemerintah desa memulai pencairan dana desa tahap II untuk pembangunan jalan."
    assert _name(text, "pencairan") == "pencairan dana desa tahap II"


def test_a_count_of_destinations_is_no_part_of_the_name():
    text = "Petugas melakukan pendistribusian paket sembako ke 12 kelurahan di wilayah utara."
    assert _name(text, "pendistribusian") == "pendistribusian paket sembako"


def test_an_ordinal_after_ke_stays_in_the_name():
    text = "Panitia menyelenggarakan Musyawarah Daerah ke 5 serta Rapat Kerja Pengurus."
    assert _name(text, "Musyawarah") == "Musyawarah Daerah ke 5 serta Rapat Kerja Pengurus"


def test_a_capitalized_predicate_ends_a_headline_name():
    text = "Festival Tenun Ikat Nusantara Hadir di Kupang\n\nKUPANG - Festival digelar tiga hari."
    assert _name(text, "Festival") == "Festival Tenun Ikat Nusantara"
    text = "Musrenbang Kecamatan Lembah Hijau Jangan Hanya Jadi Formalitas\n\nCamat membuka acara."
    assert _name(text, "Musrenbang") == "Musrenbang Kecamatan Lembah Hijau"


def test_a_capitalized_verb_of_holding_ends_a_headline_name():
    text = "Lomba Perahu Hias Teluk Tomini Digelar di Parigi\n\nPARIGI - Lomba diikuti 30 perahu."
    assert _name(text, "Lomba") == "Lomba Perahu Hias Teluk Tomini"
    text = "Pekan Budaya Mandar 2025 Resmi Dibuka\n\nMAJENE - Bupati membuka acara."
    assert _name(text, "Pekan Budaya") == "Pekan Budaya Mandar 2025"
    text = "Seleksi Tilawah Kecamatan Wara Berlangsung Dua Hari\n\nPALOPO - Seleksi dimulai pagi."
    assert _name(text, "Seleksi") == "Seleksi Tilawah Kecamatan Wara"
    text = "Pelatihan Tenun Ikat Digelar di Pelataran Benteng Lama\n\nKUPANG - Pelatihan diikuti 40 penenun."
    assert _name(text, "Pelatihan") == "Pelatihan Tenun Ikat"
    text = "Pasar Murah Berlangsung di Halaman Kantor Camat\n\nWarga antre sejak pagi."
    assert _name(text, "Pasar Murah") == "Pasar Murah"


def test_a_facility_after_di_ends_a_headline_name():
    text = "Rakor Pengamanan Paskah di Mapolres Sikka\n\nMAUMERE - Rakor dipimpin wakapolres."
    assert _name(text, "Rakor") == "Rakor Pengamanan Paskah"


def test_an_existential_verb_ends_a_name():
    text = "Kegiatan layanan keliling dan ada pula pemeriksaan kesehatan gratis bagi warga."
    assert _name(text, "layanan") == "layanan keliling"


def test_a_year_closes_the_name_before_who_took_part():
    text = "Sekda memimpin Rapat Evaluasi Realisasi Anggaran Triwulan IV Tahun 2024 bersama Kepala OPD di Ruang Rapat."
    assert _name(text, "Rapat") == "Rapat Evaluasi Realisasi Anggaran Triwulan IV Tahun 2024"
    text = "Dinas menggelar Seminar Ketahanan Keluarga 2025 dengan narasumber dari perwakilan BKKBN."
    assert _name(text, "Seminar") == "Seminar Ketahanan Keluarga 2025"


def test_the_events_own_participants_are_no_part_of_the_name():
    text = "Wakil Menteri mengisi Kuliah Umum kepada peserta Diklat Reguler Angkatan XII di Palu."
    assert _name(text, "Kuliah Umum") == "Kuliah Umum"
    text = "Dinas menggelar Pelatihan Barista Tahun Ini bagi peserta dari sembilan kecamatan."
    assert _name(text, "Pelatihan") == "Pelatihan Barista Tahun Ini"


def test_the_occasion_ahead_is_no_part_of_the_name():
    text = "Dinas Ketahanan Pangan melaksanakan Gerakan Pangan Murah (GPM) menjelang bulan suci Ramadan di Bantaeng."
    assert _name(text, "Gerakan Pangan Murah") == "Gerakan Pangan Murah (GPM)"
    text = "Pemkot menggelar acara Silaturahmi bersama Tokoh Agama Menjelang Hari Raya Natal di Aula Kantor Wali Kota."
    assert _name(text, "Silaturahmi") == "Silaturahmi bersama Tokoh Agama Menjelang Hari Raya Natal"


def test_whom_the_event_serves_after_untuk_is_part_of_the_name():
    text = "Pemkab mengirimkan bantuan logistik untuk korban banjir di Kecamatan Dolo Barat."
    assert _name(text, "bantuan") == "bantuan logistik untuk korban banjir"
    text = "Dinas menggelar pelatihan menjahit untuk meningkatkan keterampilan ibu rumah tangga."
    assert _name(text, "pelatihan") == "pelatihan menjahit"


def test_a_school_or_campus_after_di_says_where():
    text = "Kajari Hadiri Sosialisasi Jaksa Masuk Sekolah di SMA Negeri 8 Bulukumba\n\nBULUKUMBA - Acara dibuka."
    assert _name(text, "Sosialisasi") == "Sosialisasi Jaksa Masuk Sekolah"
    text = "Fakultas menggelar Seminar Nasional Kesehatan Remaja di Universitas Tadulako, Jumat (7/3/2025)."
    assert _name(text, "Seminar") == "Seminar Nasional Kesehatan Remaja"

def test_a_years_era_mark_ends_the_sentence_and_the_name():
    text = ("Kantor Kemenag menggelar manasik haji bagi calon jemaah haji tahun 1446 H. Manasik dilaksanakan di "
            "Masjid Raya Jailolo.")
    assert _name(text, "manasik haji") == "manasik haji bagi calon jemaah haji tahun 1446 H"



def test_a_reports_outcome_or_agenda_after_dengan_ends_the_event_name():
    text = ("Pada hari ini telah dilaksanakan Rapat Persiapan Musabaqah Tilawatil Quran Tingkat Kabupaten Kolaka "
            "dengan hasil sebagai berikut: 1. Pelaksanaan MTQ pada bulan Mei 2025.")
    assert _name(text, "Rapat Persiapan") == "Rapat Persiapan Musabaqah Tilawatil Quran Tingkat Kabupaten Kolaka"
    text = "Dinas Kesehatan menggelar Rapat Koordinasi Lintas Sektor dengan agenda pembahasan kasus demam berdarah."
    assert _name(text, "Rapat Koordinasi") == "Rapat Koordinasi Lintas Sektor"


def test_a_bare_cue_keeps_the_agenda_that_names_it():
    text = "Dinas Kominfo menggelar pertemuan dengan agenda penguatan kerja sama antardaerah, Rabu (13/3/2025)."
    assert _name(text, "pertemuan") == "pertemuan dengan agenda penguatan kerja sama antardaerah"


def test_a_religious_month_after_bulan_is_part_of_the_name():
    text = "Pemerintah kabupaten menggelar rapat persiapan menyambut bulan suci Ramadan di ruang rapat bupati."
    assert _name(text, "rapat") == "rapat persiapan menyambut bulan suci Ramadan"
    text = "Warga menggelar pawai bulan Muharram di jalan utama."
    assert _name(text, "pawai") == "pawai bulan Muharram"
    text = "Camat memimpin apel bulan Januari di halaman kantor."
    assert _name(text, "apel") == "apel"


def test_a_fairs_reported_result_starts_the_headlines_predicate():
    text = "Expo UMKM Gorontalo Utara Catat Transaksi Rp1,2 Miliar\n\nKWANDANG - Expo digelar di Kwandang."
    assert _name(text, "Expo") == "Expo UMKM Gorontalo Utara"
    text = "Bazar Ramadan Kota Palu Raup Omzet Rp500 Juta\n\nPALU - Bazar digelar di Palu."
    assert _name(text, "Bazar") == "Bazar Ramadan Kota Palu"


def test_the_crowd_a_market_drew_starts_the_headlines_predicate():
    text = "Pasar Murah Ramadan Pemkot Ambon Diserbu Warga\n\nAMBON - Pasar murah digelar di Ambon."
    assert _name(text, "Pasar") == "Pasar Murah Ramadan Pemkot Ambon"
    text = "Bazar UMKM Hari Jadi Gowa Ramai Pengunjung\n\nGOWA - Bazar digelar di Gowa."
    assert _name(text, "Bazar") == "Bazar UMKM Hari Jadi Gowa"


def test_the_means_written_lewat_ends_an_event_s_name():
    text = "Pemerintah Kota Palu menyerahkan bantuan hukum gratis lewat Posbakum Pengadilan Negeri Palu kemarin."
    assert _name(text, "bantuan") == "bantuan hukum gratis"


def test_a_headline_names_what_its_subject_attends_not_who_attends():
    from tests.extract.readers import main_event

    ev = main_event("Wakil Bupati Sigi Hadiri Pengujian Kendaraan Dinas Roda Empat\nSIGI - Wakil Bupati Sigi, Budi "
                    "Lamba, hadir di halaman Kantor Bupati Sigi, Senin (3/3/2025). Sebanyak 40 kendaraan diperiksa.")
    assert ev is not None and ev.name == "Pengujian Kendaraan Dinas Roda Empat"


def test_a_manner_after_dengan_ends_the_name():
    text = "Polres Sigi memperingati Hari Bhayangkara ke-79 dengan penuh khidmat di lapangan apel."
    assert _name(text, "Hari") == "Hari Bhayangkara ke-79"
    text = "Warga menggelar Festival Teluk Palu dengan meriah pada akhir pekan."
    assert _name(text, "Festival") == "Festival Teluk Palu"
    text = "Panitia menggelar Rapat Koordinasi dengan Kepala Desa se-Kecamatan Tawaeli."
    assert _name(text, "Rapat") == "Rapat Koordinasi dengan Kepala Desa se-Kecamatan Tawaeli"


def test_a_comma_list_of_nouns_closed_by_dan_stays_in_the_name():
    text = "Bagian Hukum menggelar rapat harmonisasi, pembulatan, dan pemantapan konsepsi Rancangan Peraturan Bupati."
    assert _name(text, "rapat") == "rapat harmonisasi, pembulatan, dan pemantapan konsepsi Rancangan Peraturan Bupati"
    text = "Dinas Pertanian menggelar pelatihan pembibitan, pemupukan, penyiangan dan panen padi di Desa Lalundu."
    assert _name(text, "pelatihan") == "pelatihan pembibitan, pemupukan, penyiangan dan panen padi"
    text = "Bupati membuka rapat koordinasi, kemudian meninjau pasar, dan menyapa pedagang."
    assert _name(text, "rapat") == "rapat koordinasi"


def test_an_adverb_before_a_headline_predicate_is_no_part_of_the_name():
    from tests.extract.readers import main_event
    event = main_event("Pesparawi Tingkat Provinsi Maluku Resmi Dibuka\n\nAMBON, Sabtu (10/5/2025) - Asisten Setda "
                       "Maluku, Yakobus Tuhuteru, membuka kegiatan di Lapangan Merdeka.")
    assert event.name == "Pesparawi Tingkat Provinsi Maluku"
    event = main_event("Pelepasan Jemaah Haji Kloter 5\n\nWATAMPONE, Kamis (15/5/2025) - Bupati melepas jemaah di "
                       "Masjid Agung Watampone. Pelepasan turut dihadiri Kepala Kantor Kemenag Bone.")
    assert "turut" not in event.name


def test_religious_gatherings_are_events_by_their_own_words():
    from tests.extract.readers import main_event
    event = main_event("Pemkot Gelar Nikah Bersama\n\nKUPANG - Bagian Kesra Setda Kota Kupang menggelar nikah massal "
                       "bagi 50 pasangan di Gereja Kota Baru, Jumat (25/4/2025). Wali Kota menyerahkan akta "
                       "perkawinan kepada pasangan pengantin.")
    assert event.name.lower().startswith("nikah massal")
    event = main_event("Sinode Digelar di Soe\n\nSOE - Persidangan Majelis Sinode GMIT ke-35 berlangsung di Soe, "
                       "20-24 Oktober 2025. Ketua Majelis Sinode mengatakan persidangan memilih pengurus baru.")
    assert event.name.startswith("Persidangan Majelis Sinode GMIT ke-35")


def test_the_opening_prayer_is_a_part_of_the_ceremony_not_the_event():
    from tests.extract.readers import main_event
    event = main_event("Pesparawi Tingkat Provinsi Maluku ke-XIV Resmi Dibuka di Ambon\n\nAMBON, Sabtu (10/5/2025) - "
                       "Asisten Setda Maluku, Yakobus Tuhuteru, membuka secara resmi Pesparawi ke-XIV di Lapangan "
                       "Merdeka. Uskup Amboina memimpin doa pembukaan.")
    assert event.name == "Pesparawi Tingkat Provinsi Maluku ke-XIV"


def test_a_headline_purpose_word_ends_the_name():
    text = "Polres Donggala Gelar Donor Darah Sambut Hari Bhayangkara\n\nDONGGALA - Polres menggelar donor darah."
    assert _name(text, "Donor Darah") == "Donor Darah"
    text = "Kodim Sumbawa Gelar Bakti Sosial Jelang HUT TNI\n\nSUMBAWA - Kodim menggelar bakti sosial."
    assert _name(text, "Bakti Sosial") == "Bakti Sosial"
    text = "Dinkes Alor Gelar Vaksinasi Massal Dukung Program Alor Sehat\n\nKALABAHI - Dinkes menggelar vaksinasi."
    assert _name(text, "Vaksinasi") == "Vaksinasi Massal"
