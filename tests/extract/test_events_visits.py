"""Visits and inspections as Indonesian releases tell them: their verbs, who receives them and where they go."""
import pipeline.extract  # noqa: F401  (registers the components)
from pipeline.extract import extract_text
from tests.extract.readers import main_event


def _event(text: str):
    return main_event(text, text.split("\n", 1)[0])


def test_a_sick_visit_told_by_its_verb_is_the_event_and_the_hospital_hosts_nothing():
    event = _event(
        "Wagub Gorontalo Jenguk Pasien Demam Berdarah di RSUD Tani Jaya\n"
        "Boalemo - Wakil Gubernur Gorontalo Fatma Lahiya menjenguk sejumlah pasien demam berdarah yang dirawat di "
        "RSUD Tani Jaya, Kabupaten Boalemo, Minggu (9/3/2025). Kedatangan rombongan disambut Direktur RSUD Tani "
        "Jaya dr. Sofian Kasim.")
    assert event.name.startswith("kunjungan menjenguk sejumlah pasien demam berdarah")
    assert event.organizer is None


def test_a_call_on_residents_told_by_menyambangi_is_a_sambang():
    event = _event(
        "Kapolsek Kulawi Sambangi Tokoh Adat\n"
        "Kulawi - Kapolsek Kulawi Iptu Yoses Tandiari menyambangi tokoh adat Desa Bolapapu, Kecamatan Kulawi, "
        "Kamis (6/3/2025). Kapolsek diterima Ketua Lembaga Adat Desa Bolapapu Marten Lolo di rumahnya.")
    assert event.name == "sambang tokoh adat Desa Bolapapu"


def test_a_visit_told_by_berkunjung_ke_is_held_by_no_one_at_the_stand_visited():
    event = _event(
        "Dubes Sahabat di Stand Dinas Kominfo\n"
        "Duta Besar Republik Kenya Samuel Otieno berkunjung ke stand pameran produk Dinas Komunikasi dan "
        "Informatika Provinsi Gorontalo, Selasa (4/3/2025). Pameran itu bagian dari Hari Pers Nasional yang "
        "dipusatkan di Kota Gorontalo.")
    assert event.name.startswith("kunjungan ke stand pameran produk Dinas Komunikasi")
    assert event.organizer is None


def test_monitoring_prices_at_a_market_is_the_event():
    event = _event(
        "Sekda Maluku Pantau Harga Bahan Pokok di Pasar Mardika\n"
        "Ambon - Sekretaris Daerah Provinsi Maluku Salim Ode memantau harga bahan pokok di Pasar Mardika, Kota "
        "Ambon, Senin (10/3/2025). Menurut Salim, harga cabai rawit naik menjadi Rp80 ribu per kilogram.")
    assert event.name == "pemantauan harga bahan pokok"
    assert event.venue == "Pasar Mardika"


def test_bersilaturahmi_and_blusukan_name_the_visit():
    event = _event(
        "Ketua DPRD NTB Bersilaturahmi dengan Tokoh Agama di Bima\n"
        "Bima - Ketua DPRD Provinsi Nusa Tenggara Barat Nurhana Sari bersilaturahmi dengan sejumlah tokoh agama di "
        "Kota Bima, Minggu (9/3/2025). Silaturahmi berlangsung di Pendopo Wali Kota Bima.")
    assert event.name == "silaturahmi dengan sejumlah tokoh agama"
    event = _event(
        "Wakil Bupati Polewali Mandar Blusukan ke Pasar Wonomulyo\n"
        "Polewali - Wakil Bupati Polewali Mandar Hasrul Malik blusukan ke Pasar Sentral Wonomulyo, Kecamatan "
        "Wonomulyo, Jumat (7/3/2025). Wabup menyapa para pedagang.")
    assert event.name == "blusukan ke Pasar Sentral Wonomulyo"


def test_the_visitor_told_in_the_lead_hosts_a_visit_the_headline_names_by_its_verb():
    event = _event(
        "Jenguk Siswa Korban Kebakaran, Kemendikdasmen Siapkan Bantuan\n"
        "Jakarta - Kementerian Pendidikan Dasar dan Menengah (Kemendikdasmen) prihatin atas kebakaran asrama SMA "
        "Negeri 9 Ambon. Wakil Menteri Pendidikan Dasar dan Menengah, Yusran Pratama, meninjau langsung para siswa "
        "di Ambon, Jumat (7/3/2025).")
    assert event.organizer == "Kementerian Pendidikan Dasar dan Menengah"


def test_a_visit_received_is_the_event_over_what_the_visitors_do_later():
    event = _event(
        "Bupati Manggarai Terima Kunjungan Tim Penilai Lomba Desa\n"
        "Ruteng - Bupati Manggarai Yohanes Nabit menerima kunjungan Tim Penilai Lomba Desa Tingkat Provinsi Nusa "
        "Tenggara Timur di Aula Ranaka Kantor Bupati Manggarai, Selasa (11/3/2025). Tim kemudian melakukan "
        "penilaian di Desa Golo Lambo, Kecamatan Satar Mese.")
    assert event.name.startswith("kunjungan Tim Penilai Lomba Desa")
    assert event.venue == "Aula Ranaka Kantor Bupati Manggarai"


def test_a_second_predicate_after_dan_ends_the_name():
    event = _event(
        "Menteri Kelautan Tinjau Cold Storage PPN Ambon\n"
        "Ambon - Menteri Kelautan dan Perikanan Rahmat Wijaya meninjau fasilitas cold storage dan berdialog dengan "
        "nelayan di Pelabuhan Perikanan Nusantara Ambon, Rabu (12/3/2025).")
    assert event.name == "peninjauan fasilitas cold storage"


def test_the_site_a_gathering_goes_to_does_not_host_it():
    event = _event(
        "Silaturahmi ke Pondok Pesantren Darul Ulum\n"
        "Suwawa - Bupati Bone Bolango Iwan Mooduto melakukan Silaturahmi ke Pondok Pesantren Darul Ulum di Desa "
        "Tumbihe, Kecamatan Kabila, Sabtu (8/3/2025). Bupati disambut para santri.")
    assert event.organizer != "Pondok Pesantren Darul Ulum"


def test_who_leads_the_visitors_does_not_host_a_visit_received():
    event = _event(
        "Wali Kota Palu Terima Kunjungan Kerja DPRD Kabupaten Tolitoli\n"
        "Palu - Wali Kota Palu Harianto Rasid menerima kunjungan kerja Komisi I DPRD Kabupaten Tolitoli di Ruang "
        "Rapat Bantaya, Kantor Wali Kota Palu, Rabu (5/3/2025). Kunjungan kerja tersebut dipimpin Ketua Komisi I "
        "DPRD Tolitoli Moh. Yasir.")
    assert event.organizer is None
    event = _event(
        "Pemkot Palu Terima Kunjungan Kerja DPRD Kabupaten Tolitoli\n"
        "Palu - Pemerintah Kota Palu menerima kunjungan kerja Komisi I DPRD Kabupaten Tolitoli di Ruang Rapat "
        "Bantaya, Rabu (5/3/2025). Kunjungan kerja tersebut dipimpin Ketua Komisi I DPRD Tolitoli Moh. Yasir.")
    assert event.organizer == "Pemerintah Kota Palu"


def test_a_study_visit_to_a_body_is_held_in_that_body_s_region_not_the_visitors_home():
    event = _event(
        "Pemkab Sumbawa Barat Studi Tiru Layanan Perizinan\n"
        "Taliwang - Pemerintah Kabupaten Sumbawa Barat melakukan studi tiru pelayanan perizinan ke Dinas Penanaman "
        "Modal dan Pelayanan Terpadu Satu Pintu Kota Mataram, Kamis (6/3/2025). Rombongan diterima Kepala Dinas "
        "Ahmad Zuhri.")
    assert event.name.startswith("studi tiru pelayanan perizinan")
    assert event.place == "Kota Mataram"
    assert event.organizer == "Pemerintah Kabupaten Sumbawa Barat"


def test_the_school_a_monitoring_visit_goes_to_does_not_host_it():
    event = _event(
        "Bupati Sumbawa Monitoring Makan Bergizi Gratis\n"
        "Sumbawa Besar - Bupati Sumbawa Syahrul Jarot melakukan monitoring pelaksanaan Program Makan Bergizi Gratis "
        "di SD Negeri 1 Sumbawa Besar, Senin (17/3/2025). Bupati didampingi Kepala Dinas Pendidikan Kabupaten "
        "Sumbawa Nur Khairil.")
    assert event.organizer != "SD Negeri 1 Sumbawa Besar"


def test_a_body_the_visitor_arrives_at_is_no_subject_of_the_visit():
    title = "Gubernur Tinjau Layanan Uji Kendaraan"
    text = (f"{title}\nTERNATE – Gubernur Maluku Utara tiba di Dinas Perhubungan Kota Ternate sekitar pukul 10.00 "
            "WIT dan langsung meninjau layanan uji kendaraan, Selasa (4/11/2025). Gubernur juga menyapa para sopir.")
    event = extract_text(text, title=title, published="2025-11-05").main_event
    assert event is not None and event.organizer != "Dinas Perhubungan Kota Ternate"


def test_a_sentence_going_on_with_the_visit_in_the_passive_gives_its_place():
    text = ("Kapolsek Tinjau Lokasi Banjir\n"
            "POSO - Kapolsek Lage Iptu Daniel meninjau lokasi banjir, Senin (3/3/2025). Lokasi yang ditinjau berada "
            "di Desa Tagolu, Kecamatan Lage.\nWarga diimbau tetap waspada.")
    assert _event(text).place == "Desa Tagolu"
    text = ("Bhabinkamtibmas Sambangi Petani\n"
            "MAMUJU - Bhabinkamtibmas Bripka Yusuf menyambangi petani jagung, Senin (3/3/2025). Petani yang "
            "disambangi berada di Desa Bambu, Kecamatan Mamuju.\nIa mengajak petani menjaga keamanan.")
    assert _event(text).place == "Desa Bambu"


def test_a_place_written_with_a_day_to_come_is_another_events_not_the_visits():
    facts = extract_text("Wali Kota Palu, Hadianto Rasyid, menerima kunjungan Konsul Jenderal Selandia Baru di "
                         "Jakarta, Liam Carter, Kamis (27/2/2025). Dalam pertemuan itu, Liam mengundang Pemkot "
                         "Palu ke pameran agribisnis di Auckland pada Mei mendatang.", published="2025-03-01")
    assert facts.main_event is not None and facts.main_event.name.startswith("kunjungan")
    assert facts.main_event.place is None or "Auckland" not in facts.main_event.place


def test_where_visitors_come_from_or_goods_go_is_not_where_the_event_is():
    event = _event(
        "Morowali Terima Calon Investor\n"
        "Dinas Penanaman Modal Kabupaten Morowali menerima kunjungan calon investor dari Jakarta, Surabaya dan Bali "
        "di Bungku, Selasa (4/3/2025).")
    assert event.place is None or "Jakarta" not in event.place
    event = _event(
        "Ekspor Perdana Rumput Laut\n"
        "Dinas Perikanan Kota Palu melaksanakan pelepasan ekspor perdana rumput laut ke Qingdao di Pelabuhan "
        "Pantoloan, Kamis (6/3/2025).")
    assert event.place is None or "Qingdao" not in event.place


def test_a_hand_over_done_also_within_a_visit_told_before_is_not_the_event():
    event = _event(
        "Wawali Bima Jenguk Warga\n"
        "Wakil Wali Kota Bima, Andi Rahman, menjenguk warga yang dirawat di RSUD Kota Bima, Jumat (7/3/2025). "
        "Dalam kunjungan tersebut, Wakil Wali Kota juga menyerahkan bantuan sembako kepada keluarga pasien.")
    assert event.name.startswith("kunjungan menjenguk")
