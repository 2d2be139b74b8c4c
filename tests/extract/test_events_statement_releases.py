"""Releases that report no held event: assurances, service notices, clarifications of a hoax."""

import pipeline.extract  # noqa: F401  (registers the components)
from pipeline.extract.run import extract_text


def _event(text: str):
    return extract_text(text, source="t").main_event


def test_an_assurance_of_stock_is_a_statement():
    text = ("Dinas Pertanian Soppeng Jamin Stok Benih Jagung Cukup Hingga Akhir Tahun\n\n"
            "WATANSOPPENG – Dinas Pertanian Kabupaten Soppeng menjamin ketersediaan benih jagung hibrida bagi kelompok tani "
            "hingga akhir tahun. Kepala Dinas, Ir. Made Suarta, M.Si., mengatakan stok di gudang mencapai 80 ton, "
            "Selasa (8/10/2024). Petani diminta mengambil benih di kantor penyuluh kecamatan.")
    assert _event(text) is None


def test_an_office_closed_for_a_while_is_a_notice():
    text = ("Kantor Samsat Banggai Tutup Sementara Selama Perbaikan Atap\n\n"
            "LUWUK – Kantor Bersama Samsat Kabupaten Banggai menghentikan pelayanan di gedung utama mulai Senin "
            "(2/6/2025) karena perbaikan atap. Pelayanan dipindahkan ke gerai di Pasar Simpong. Kepala UPTD, "
            "Rahmat Lasahido, S.E., meminta wajib pajak memperhatikan jam layanan.")
    assert _event(text) is None


def test_a_service_that_stays_open_over_a_holiday_is_a_notice():
    text = ("Puskesmas Tobelo Tetap Buka Selama Libur Lebaran\n\n"
            "TOBELO – Dinas Kesehatan Kabupaten Halmahera Utara memastikan Puskesmas Tobelo melayani pasien pada "
            "31 Maret dan 1 April 2025 mulai pukul 08.00 WIT. Kepala Puskesmas, dr. Novita Lahengko, mengatakan "
            "petugas jaga disiapkan bergantian.")
    assert _event(text) is None


def test_a_registration_window_is_a_schedule_not_an_event():
    text = ("Pendaftaran Bantuan Studi Pemkab Alor Dibuka hingga 20 Juli\n\n"
            "KALABAHI – Pemerintah Kabupaten Alor membuka pendaftaran bantuan studi bagi mahasiswa asal Alor mulai "
            "1 Juli hingga 20 Juli 2025 melalui laman Bagian Kesejahteraan Rakyat. Kepala Bagian, Yermias Mau, "
            "S.Pd., mengatakan kuota tahun ini 600 penerima.")
    assert _event(text) is None


def test_an_explanation_of_a_delay_is_a_statement():
    text = ("Dinas PUPR Luwu Timur Jelaskan Penyebab Molornya Proyek Drainase Malili\n\n"
            "MALILI – Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Luwu Timur memberikan penjelasan terkait "
            "keterlambatan pekerjaan drainase di Kecamatan Malili. Kepala Bidang Cipta Karya, Andi Ilham, S.T., "
            "menyebutkan hujan deras selama dua bulan membuat pengecoran tidak dapat dilaksanakan.")
    assert _event(text) is None


def test_a_hoax_named_in_the_headline_is_a_clarification():
    text = ("Diskominfo Halmahera Barat Pastikan Kabar Pembagian Bantuan Lewat Tautan Hoaks\n\n"
            "JAILOLO – Dinas Komunikasi dan Informatika Kabupaten Halmahera Barat menegaskan bahwa pesan berantai "
            "tentang pembagian bantuan tunai Rp1 juta melalui tautan pendaftaran adalah hoaks. Kepala Dinas, "
            "Yusri Hamisi, S.Kom., meminta warga tidak mengisi data pribadi pada tautan tersebut.")
    assert _event(text) is None


def test_a_workshop_against_hoaxes_keeps_its_event():
    text = ("Diskominfo Halmahera Barat Gelar Sosialisasi Bijak Bermedia Sosial Cegah Hoaks\n\n"
            "JAILOLO – Dinas Komunikasi dan Informatika Kabupaten Halmahera Barat menggelar sosialisasi bijak "
            "bermedia sosial bagi pelajar di Aula SMA Negeri 1 Jailolo, Kamis (12/6/2025). Kegiatan dibuka oleh "
            "Kepala Dinas, Yusri Hamisi, S.Kom.")
    assert _event(text) is not None


def test_a_ceremony_keeps_its_event():
    text = ("Pemkab Buru Gelar Upacara Hari Lahir Pancasila\n\n"
            "NAMLEA – Pemerintah Kabupaten Buru menggelar upacara peringatan Hari Lahir Pancasila di halaman Kantor "
            "Bupati Buru, Senin (2/6/2025). Bertindak sebagai inspektur upacara Sekretaris Daerah Kabupaten Buru.")
    assert _event(text) is not None


def test_a_regent_asking_village_heads_is_an_appeal():
    text = ("Bupati Mamasa Minta Kepala Desa Tertib Laporkan Dana Desa\n\n"
            "MAMASA – Bupati Mamasa meminta seluruh kepala desa menyampaikan laporan penggunaan Dana Desa tahap I "
            "tepat waktu. Pencairan tahap II tidak akan dilakukan sebelum laporan lengkap, katanya, Rabu (9/4/2025).")
    assert _event(text) is None


def test_a_deadline_extended_is_a_notice():
    text = ("Pemprov Gorontalo Perpanjang Pemutihan Denda Pajak Kendaraan hingga Akhir Agustus\n\n"
            "GORONTALO – Pemerintah Provinsi Gorontalo memperpanjang pemutihan denda pajak kendaraan bermotor hingga "
            "31 Agustus 2025. Perpanjangan dilakukan karena minat wajib pajak masih tinggi, kata Kepala Bapenda.")
    assert _event(text) is None


def test_schools_closed_for_the_weather_is_a_notice():
    text = ("Sekolah di Kabupaten Kepulauan Aru Diliburkan Akibat Gelombang Tinggi\n\n"
            "DOBO – Dinas Pendidikan Kabupaten Kepulauan Aru meliburkan kegiatan belajar di seluruh SD dan SMP pada "
            "Kamis dan Jumat (23-24/1/2025) karena gelombang tinggi. Pembelajaran dilaksanakan di rumah.")
    assert _event(text) is None


def test_a_flood_report_with_aid_at_its_end_is_a_situation_report():
    text = ("Banjir Rendam Dua Desa di Kabupaten Dompu, 230 Jiwa Terdampak\n\n"
            "DOMPU – Hujan lebat sejak Sabtu (18/1/2025) malam membuat Sungai Laju meluap dan merendam Desa Matua dan "
            "Desa Mumbu di Kecamatan Woja. Air di permukiman mencapai 60 sentimeter. Kepala Pelaksana BPBD Kabupaten "
            "Dompu mengatakan 70 kepala keluarga terdampak. Minggu pagi air mulai surut. Dinas Sosial menyalurkan "
            "bantuan beras dan air mineral kepada warga terdampak.")
    assert _event(text) is None


def test_aid_for_flood_victims_named_in_the_headline_keeps_its_event():
    text = ("Pemkab Dompu Salurkan Bantuan bagi Korban Banjir di Kecamatan Woja\n\n"
            "DOMPU – Pemerintah Kabupaten Dompu menyalurkan bantuan beras dan air mineral kepada warga Desa Matua yang "
            "terdampak banjir, Senin (20/1/2025). Bantuan diserahkan langsung oleh Sekretaris Daerah.")
    assert _event(text) is not None


def test_a_flood_headline_that_names_the_aid_handed_over_keeps_its_event():
    text = ("Banjir Landa Kota Bima, Wali Kota Serahkan Bantuan kepada Warga Terdampak\n\n"
            "KOTA BIMA – Wali Kota Bima menyerahkan bantuan sembako kepada warga terdampak banjir di Kelurahan "
            "Penatoi, Kecamatan Mpunda, Senin (20/1/2025). Bantuan diserahkan di posko pengungsian.")
    assert _event(text) is not None


def test_a_school_visit_against_hoaxes_keeps_its_event():
    text = ("Diskominfo Majene Datangi SMA Negeri 1 Majene, Ajak Siswa Lawan Hoaks\n\n"
            "MAJENE – Tim Diskominfo mendatangi SMA Negeri 1 Majene, Rabu (11/6/2025), dan berdialog dengan siswa "
            "tentang cara memeriksa kebenaran berita. Kegiatan dihadiri kepala sekolah dan 120 siswa.")
    assert _event(text) is not None
