"""Releases that give the day of the event and a longer period it is held in or about: the event keeps its own day."""
import pipeline.extract  # noqa: F401  (registers the components)
from tests.extract.readers import main_event


def _event(text: str, published: str = "2025-03-20"):
    return main_event(text, published=published)


def test_a_visit_during_an_emergency_period_keeps_the_visit_day():
    text = ("Bupati Tinjau Pengungsi Banjir Di Tojo\n\nAMPANA – Bupati Tojo Una-Una, Ilham Lawidu, meninjau tenda "
            "pengungsian warga di Desa Uekuli, Kecamatan Tojo, Kamis (13/3/2025). Peninjauan itu dilakukan di tengah "
            "masa tanggap darurat yang ditetapkan pemerintah daerah sejak 9 Maret hingga 22 Maret 2025.")
    event = _event(text)
    assert (event.start, event.end) == ("2025-03-13", "2025-03-13")


def test_a_rally_held_under_an_alert_status_keeps_its_day():
    text = ("Apel Kesiapsiagaan Bencana Di Bima\n\nRABA – Pemerintah Kabupaten Bima menggelar Apel Kesiapsiagaan "
            "Bencana Hidrometeorologi di Lapangan Serasuba, Senin (17/3/2025). Apel digelar setelah penetapan status "
            "siaga darurat banjir yang berlaku mulai 1 Maret sampai 30 April 2025.")
    event = _event(text)
    assert (event.start, event.end) == ("2025-03-17", "2025-03-17")


def test_a_meeting_about_the_fasting_month_keeps_the_meeting_day():
    text = ("Rakor Stabilitas Harga Di Kota Palopo\n\nPALOPO – Sekretaris Daerah Kota Palopo memimpin Rapat "
            "Koordinasi Stabilitas Harga Pangan di Aula Kantor Wali Kota, Selasa (4/3/2025). Rakor membahas harga "
            "bahan pokok selama bulan Ramadan yang berlangsung dari 1 Maret hingga 30 Maret 2025.")
    event = _event(text)
    assert (event.start, event.end) == ("2025-03-04", "2025-03-04")


def test_the_end_of_a_period_named_at_a_ceremony_is_no_last_day_of_it():
    text = ("Upacara Hari Kesadaran Nasional Di Masohi\n\nMASOHI – Pemerintah Kabupaten Maluku Tengah menggelar "
            "Upacara Hari Kesadaran Nasional di Lapangan Nusantara Masohi, Senin (17/3/2025). Pembina upacara "
            "mengingatkan bahwa masa pelaporan harta kekayaan pejabat berakhir 31 Maret 2025.")
    event = _event(text)
    assert (event.start, event.end) == ("2025-03-17", "2025-03-17")


def test_an_event_written_over_its_own_days_keeps_them():
    text = ("Pelatihan Pengolahan Ikan Ditutup\n\nTUAL – Dinas Kelautan dan Perikanan Kota Tual menutup Pelatihan "
            "Pengolahan Hasil Perikanan di Balai Latihan Kerja Tual, Jumat (14/3/2025). Pelatihan tersebut "
            "berlangsung sejak 10 Maret hingga 14 Maret 2025 dan diikuti 30 ibu rumah tangga.")
    event = _event(text)
    assert (event.start, event.end) == ("2025-03-10", "2025-03-14")


def test_an_event_closed_on_its_day_runs_from_the_day_it_is_said_to_run_since():
    text = ("Wabup Tutup Bazar Ramadan Di Dompu\n\nDOMPU – Wakil Bupati Dompu, Syirajuddin, menutup Bazar Produk Lokal "
            "di Lapangan Beringin Dompu, Sabtu (15/3/2025). Bazar yang berlangsung sejak Rabu (12/3/2025) itu diikuti "
            "80 pelaku usaha.")
    event = _event(text)
    assert (event.start, event.end) == ("2025-03-12", "2025-03-15")


def test_an_event_whose_name_opens_with_a_period_word_keeps_its_range():
    text = ("MPLS SMP Negeri 2 Sanana Dibuka\n\nSANANA – Kepala Dinas Pendidikan Kabupaten Kepulauan Sula membuka MPLS "
            "di SMP Negeri 2 Sanana, Senin (14/7/2025). Kegiatan Masa Pengenalan Lingkungan Sekolah itu berlangsung "
            "14 hingga 16 Juli 2025 dan diikuti 120 siswa baru.")
    event = _event(text, published="2025-07-14")
    assert (event.start, event.end) == ("2025-07-14", "2025-07-16")


def test_a_meeting_dated_in_a_later_sentence_that_names_it_by_its_bare_noun():
    text = ("Rakor Persiapan Festival Danau Sentani\n\nSENTANI, 12 Juli 2025 – Pemerintah Kabupaten Jayapura menggelar "
            "rapat koordinasi persiapan Festival Danau Sentani yang dijadwalkan pada 20 Agustus 2025. Rapat yang "
            "digelar di Aula Kantor Bupati Jayapura pada Kamis (10/7/2025) itu dipimpin Asisten II Setda Kabupaten "
            "Jayapura, Delila Giyai.")
    event = _event(text, published="2025-07-12")
    assert (event.start, event.end) == ("2025-07-10", "2025-07-10")


def test_a_visit_to_a_programme_running_since_an_earlier_day_keeps_the_visit_day():
    text = ("Bupati Tinjau Layanan Cek Kesehatan Gratis\n\nWAIKABUBAK – Bupati Sumba Barat meninjau layanan Cek "
            "Kesehatan Gratis di Puskesmas Puuweri, Kamis (13/2/2025). Layanan tersebut berlangsung sejak Senin "
            "(10/2/2025) di semua puskesmas.")
    event = _event(text, published="2025-02-13")
    assert (event.start, event.end) == ("2025-02-13", "2025-02-13")


def test_the_days_written_in_the_next_paragraph_are_the_events():
    text = ("Kadis Kominfo Buka Bimtek Pengelolaan Website Desa\n\nWAINGAPU – Kepala Dinas Komunikasi dan Informatika "
            "Kabupaten Sumba Timur membuka Bimbingan Teknis Pengelolaan Website Desa di Aula Hotel Merlin Waingapu, "
            "Selasa (4/3/2025).\n\nSebanyak 60 operator desa mengikuti pembekalan pada 4 sampai 6 Maret 2025 dengan "
            "materi penulisan berita dan keamanan situs.")
    event = _event(text, published="2025-03-04")
    assert (event.start, event.end) == ("2025-03-04", "2025-03-06")
