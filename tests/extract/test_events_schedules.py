"""Releases that tell several days and sites: which of them are the main event's, on sentences written for the tests."""
import pipeline.extract  # noqa: F401  (registers the components)
from tests.extract.readers import main_event


def _event(text: str, published: str = "2025-03-01"):
    return main_event(text, published=published)


def test_a_deadline_is_no_day_of_the_event():
    text = ("Pengumuman Seleksi Perangkat Desa Sidera\n\nSIGI, 1 Maret 2025 – Panitia seleksi perangkat Desa Sidera "
            "mengumumkan hasil seleksi administrasi perangkat desa. Sanggahan atas hasil seleksi administrasi "
            "diajukan paling lambat 5 Maret 2025 di kantor desa.")
    event = _event(text)
    assert event.start != "2025-03-05"


def test_a_repeat_still_to_come_gives_neither_the_day_nor_the_place():
    text = ("Wabup Tinjau Pasar Murah\n\nSENGKANG - Wakil Bupati Wajo, Andi Tenri Sanna, meninjau pasar murah yang "
            "digelar Dinas Perdagangan di tiga lokasi, Senin (10/3/2025). Lokasi pertama di Pasar Sentral, Kecamatan "
            "Tempe. Pasar murah akan kembali digelar pada 17 Maret 2025 di Kecamatan Belawa.")
    event = _event(text)
    assert event.start == "2025-03-10" and event.place != "Kecamatan Belawa"


def test_where_a_party_sets_off_from_is_no_venue_of_the_event():
    text = ("Kunjungan Kerja Bupati ke Loloda\n\nJAILOLO - Bupati Halmahera Barat, Yusran Tobelo, melaksanakan "
            "kunjungan kerja ke Kecamatan Loloda, Senin (10/3/2025). Rombongan bertolak dari Pelabuhan Jailolo "
            "menggunakan kapal motor.")
    assert _event(text).venue is None


def test_a_round_told_site_by_site_is_held_across_the_region_that_holds_them():
    text = ("Safari Ramadan Pemkab Gowa\n\nSUNGGUMINASA, 5 Maret 2025 – Pemerintah Kabupaten Gowa menggelar Safari "
            "Ramadan 1446 H di empat kecamatan mulai 5 hingga 10 Maret 2025. Safari Ramadan diawali di Masjid Nurul "
            "Iman, Kecamatan Bontonompo, Rabu (5/3/2025). Kegiatan berlanjut ke Kecamatan Bajeng pada Kamis "
            "(6/3/2025), Kecamatan Tompobulu pada Sabtu (8/3/2025) dan ditutup di Kecamatan Pallangga pada Senin "
            "(10/3/2025).")
    event = _event(text)
    assert (event.place, event.start, event.end) == ("Kabupaten Gowa", "2025-03-05", "2025-03-10")


def test_a_schedule_of_days_and_villages_gives_the_first_and_last_day():
    text = ("Jadwal Vaksinasi Rabies di Parigi Moutong\n\nPARIGI, 3 Maret 2025 – Dinas Pertanian Kabupaten Parigi "
            "Moutong melaksanakan vaksinasi hewan penular rabies di sejumlah desa. Jadwal vaksinasi yakni Senin (3/3) "
            "di Desa Masigi, Kecamatan Parigi; Rabu (5/3) di Desa Tolole, Kecamatan Ampibabo; serta Jumat (7/3) di "
            "Desa Dongkas, Kecamatan Tinombo.")
    event = _event(text)
    assert (event.place, event.start, event.end) == ("Kabupaten Parigi Moutong", "2025-03-03", "2025-03-07")


def test_a_round_going_on_in_the_next_sentence_ends_on_its_last_day():
    text = ("Imunisasi Campak di Bone Bolango\n\nSUWAWA - Dinas Kesehatan Kabupaten Bone Bolango melaksanakan "
            "imunisasi campak rubela, Selasa (4/3/2025), di Desa Talumopatu, Kecamatan Tapa. Imunisasi kemudian "
            "dilanjutkan ke Desa Padengo, Kecamatan Kabila, pada Kamis (6/3/2025) dan ke Desa Tingkohubu, Kecamatan "
            "Suwawa, pada Sabtu (8/3/2025).")
    event = _event(text)
    assert (event.place, event.start, event.end) == ("Kabupaten Bone Bolango", "2025-03-04", "2025-03-08")


def test_one_site_with_a_later_unrelated_day_stays_one_days_event():
    text = ("Bupati Resmikan Puskesmas\n\nMAMUJU - Bupati Mamuju, Sitti Rahma, meresmikan Puskesmas Tapalang di "
            "Desa Galung, Kecamatan Tapalang, Selasa (11/3/2025). Sebelumnya, Senin (10/3/2025), bupati meninjau "
            "Desa Bebanga, Kecamatan Kalukku.")
    event = _event(text)
    assert (event.start, event.end) == ("2025-03-11", "2025-03-11")
    assert event.place in ("Desa Galung", "Kecamatan Tapalang")


def test_a_facility_inaugurated_does_not_host_its_inauguration():
    text = ("Gubernur Resmikan Tiga Puskesmas\n\nMAMUJU, 11 Maret 2025 – Gubernur Sulawesi Barat, Arman Lataeng, "
            "meresmikan tiga puskesmas baru di Kabupaten Mamuju, Selasa (11/3/2025). Peresmian dipusatkan di "
            "Puskesmas Tapalang, Kecamatan Tapalang.")
    assert _event(text).organizer != "Puskesmas Tapalang"


def test_sites_counted_in_the_lead_and_listed_next_are_held_across_their_region():
    text = ("Pemkab Salurkan Sembako\n\nSELONG, Kamis (6/3/2025) – Dinas Sosial Lombok Timur menyalurkan 900 paket "
            "sembako kepada warga kurang mampu di tiga kecamatan, Kamis (6/3/2025). Rinciannya, Kecamatan Keruak 400 "
            "paket, Kecamatan Sakra 300 paket dan Kecamatan Terara 200 paket.")
    assert _event(text).place == "Kabupaten Lombok Timur"


def test_a_schedule_listed_item_by_item_after_a_colon_runs_to_its_last_day():
    text = ("Jadwal Operasi Pasar di Kota Ternate\n\nTERNATE, 3 Maret 2025 – Dinas Perdagangan Kota Ternate "
            "menggelar operasi pasar murah selama Ramadan. Berikut jadwalnya:\n1. Senin, 3 Maret 2025 di Kelurahan "
            "Bastiong Karance\n2. Rabu, 5 Maret 2025 di Kelurahan Kalumpang\n3. Jumat, 7 Maret 2025 di Kelurahan "
            "Akehuda\nOperasi pasar dibuka pukul 08.00 WIT.")
    event = _event(text)
    assert (event.place, event.start, event.end) == ("Kota Ternate", "2025-03-03", "2025-03-07")


def test_of_several_days_in_one_sentence_the_event_takes_the_one_written_with_it():
    text = ("Rangkaian HUT Kabupaten Mamuju\n\nMAMUJU, 6 Maret 2025 – Pemerintah Kabupaten Mamuju menyiapkan rangkaian "
            "kegiatan peringatan HUT ke-485 Kabupaten Mamuju. Selanjutnya lomba perahu tradisional di Pantai Karampuang "
            "pada Rabu (12/3/2025), dan puncak peringatan berupa rapat paripurna DPRD pada Jumat (14/3/2025) di Gedung "
            "DPRD Kabupaten Mamuju.")
    event = _event(text)
    assert (event.start, event.end) == ("2025-03-14", "2025-03-14")


def test_a_venue_said_to_come_outside_the_events_sentences_is_another_events():
    text = ("Tim Penilai Lomba Desa Turun ke Lima Desa\n\nENREKANG, 11 Maret 2025 – Tim Penilai Lomba Desa Tingkat "
            "Kabupaten Enrekang turun ke lima desa nominasi mulai Senin hingga Jumat (10-14/3/2025). Ketua Tim Penilai, "
            "Andi Ridwan, mengatakan pengumuman pemenang akan dilaksanakan pada 25 Maret 2025 di Gedung Sipakainge.")
    assert _event(text).venue != "Gedung Sipakainge"


def test_the_day_an_event_runs_until_is_its_last_day_and_the_first_comes_from_elsewhere():
    text = ("MAMUJU, 5 Maret 2025 - Dinas Koperasi dan UKM Provinsi Sulawesi Barat menggelar Pameran UMKM di Lapangan "
            "Merdeka. Pameran UMKM berlangsung hingga 9 Maret 2025 dan diikuti 50 pelaku usaha.")
    event = _event(text)
    assert (event.start, event.end) == ("2025-03-05", "2025-03-09")
    text = ("KUPANG - Dinas Pariwisata Kota Kupang menggelar Festival Kuliner Nusantara sampai dengan tanggal "
            "12 Maret 2025 di Taman Nostalgia.")
    event = _event(text)
    assert (event.start, event.end) == (None, "2025-03-12")


def test_a_bracketed_day_after_the_dateline_town_is_when_the_release_was_written():
    text = ("POLEWALI, (4/3/2025) - Pemkab Polewali Mandar melaksanakan Musrenbang. Kegiatan tersebut dilaksanakan "
            "pada: Hari/tanggal: Rabu, 5 Maret 2025; Tempat: Aula Kantor Bupati.")
    assert _event(text).start == "2025-03-05"


def test_an_announced_event_takes_the_days_it_is_scheduled_for():
    text = ("Pemkot Gorontalo Gelar Pasar Murah Jelang Ramadan\n\nGORONTALO, (3/3/2025) - Pemerintah Kota Gorontalo akan "
            "menggelar pasar murah di lima kecamatan. Pasar murah dijadwalkan berlangsung pada 10-15 Maret 2025.")
    event = _event(text)
    assert (event.start, event.end) == ("2025-03-10", "2025-03-15")
    text = ("Lomba Perahu Hias Digelar di Teluk Ternate\n\nTERNATE, 3 Maret 2025 - Dinas Pariwisata Kota Ternate akan "
            "menyelenggarakan lomba perahu hias. Kegiatan tersebut direncanakan pada Sabtu (15/3/2025) di Pantai "
            "Falajawa.")
    assert _event(text).start == "2025-03-15"


def test_a_route_start_is_no_venue():
    text = ("Pawai Budaya Meriahkan HUT Sulteng\n\nPALU - Pawai budaya bergerak dari kawasan Taman Gor Kota Palu hingga "
            "ke halaman Kantor Gubernur Sulteng, Senin (3/3/2025). Pawai digelar Pemerintah Provinsi Sulawesi Tengah.")
    event = _event(text)
    assert event.venue == "Kantor Gubernur Sulteng" and event.name.lower() == "pawai budaya"
    text = ("Karnaval Budaya di Ternate\n\nTERNATE - Karnaval budaya berangkat dari Benteng Oranje sampai ke Taman "
            "Nukila, Sabtu (1/3/2025). Karnaval diikuti 40 sanggar.")
    assert _event(text).venue == "Taman Nukila"


def test_the_day_another_stage_is_scheduled_for_is_not_the_day_of_the_stage_reported():
    text = ("BLT Dana Desa Tahap I Rampung\nMAJENE - Dinas PMD Kabupaten Majene telah menyalurkan BLT-DD tahap I "
            "kepada 4.812 KPM di 62 desa. Setiap KPM menerima Rp300.000 per bulan. Penyaluran tahap II dijadwalkan "
            "pada 14 April 2025.")
    assert _event(text).start is None



def test_the_days_an_event_lasts_run_from_the_day_it_opened():
    opening = ("Pelatihan Kader Posyandu Digelar di Luwuk\n\nLUWUK - Dinas Kesehatan Kabupaten Banggai menggelar "
               "Pelatihan Kader Posyandu di Aula Dinas Kesehatan, Senin (3/3/2025). ")
    event = _event(opening + "Pelatihan yang berlangsung selama tiga hari itu diikuti 40 kader.")
    assert (event.start, event.end) == ("2025-03-03", "2025-03-05")
    event = _event(opening + "Kegiatan diikuti 40 kader.\nKepala Dinas Kesehatan, Rahmat Lasiru, meminta kader "
                   "aktif.\nSelama dua hari pelaksanaan, peserta menerima materi gizi.")
    assert (event.start, event.end) == ("2025-03-03", "2025-03-04")
    event = _event(opening + "Pelatihan dimulai sejak Senin (3/3/2025) dan berakhir pada Rabu (5/3/2025).")
    assert (event.start, event.end) == ("2025-03-03", "2025-03-05")


def test_an_event_closed_after_its_length_ends_on_the_closing_day():
    text = ("Pelatihan Kader Posyandu Ditutup\n\nLUWUK - Pelatihan Kader Posyandu yang berlangsung selama tiga hari "
            "ditutup Kepala Dinas Kesehatan Kabupaten Banggai, Rabu (5/3/2025), di Aula Dinas Kesehatan.")
    assert (_event(text).start, _event(text).end) == ("2025-03-03", "2025-03-05")


def test_days_written_after_the_length_are_the_events_days():
    text = ("Pelatihan Operator Sekolah Ditutup\n\nLUWUK - Dinas Pendidikan Kabupaten Banggai menutup Pelatihan Operator "
            "Sekolah di SKB Luwuk, Minggu (9/3/2025). Peserta berasal dari 60 sekolah.\nKepala Dinas Pendidikan, "
            "Arifin Tanggo, meminta operator teliti.\nPelatihan digelar selama dua hari, 8-9 Maret 2025.")
    assert (_event(text).start, _event(text).end) == ("2025-03-08", "2025-03-09")
