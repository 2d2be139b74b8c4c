"""The main event's place is the most specific unit the release gives for it, on sentences written for the tests."""
import pipeline.extract  # noqa: F401  (registers the components)
from pipeline.extract import extract_text


def test_a_site_named_bare_at_the_event_takes_the_address_written_with_it_elsewhere():
    title = "Warga Diminta Jaga Kebersihan Saluran"
    text = (f"{title}\n\nTEMBALANG – Wali Kota Semarang mengingatkan warga agar tidak membuang sampah ke saluran.\n"
            "Imbauan itu disampaikan saat ikut membersihkan saluran bersama warga di Jalan Mulawarman Km 2, "
            "Kelurahan Bulusan, Kecamatan Tembalang, Sabtu (4/5/2024).\n"
            "Usai mengikuti kerja bakti di Jalan Mulawarman Km 2, rombongan meninjau pasar.")
    assert extract_text(text, title=title).main_event.place == "Kelurahan Bulusan"


def test_the_headlines_unit_inside_the_datelines_region_is_the_place():
    title = "Wali Kota Semarang Resmikan Gedung Baru Kelurahan Bulusan"
    text = (f"{title}\n\nSEMARANG – Wali Kota Semarang meminta lurah memberi pelayanan terbaik.\n"
            "Hal itu disampaikan saat meresmikan gedung baru kantor kelurahan tersebut, Sabtu (4/5/2024).\n"
            "Gedung itu memiliki dua lantai.")
    assert extract_text(text, title=title).main_event.place == "Kelurahan Bulusan"


def test_a_list_of_sites_written_with_their_kind_is_held_by_the_region_holding_them():
    title = "Dinkes Gelar Vaksinasi Lansia di Tiga Kecamatan"
    text = (f"{title}\n\nMAUMERE, 10 Februari 2025 - Dinas Kesehatan menggelar vaksinasi lansia di Kecamatan Alok, "
            "Kecamatan Nita dan Kecamatan Kangae, Kabupaten Sikka, Senin (10/2/2025).\n"
            "Sebanyak 2.000 warga mendapat vaksin.")
    assert extract_text(text, title=title).main_event.place == "Kabupaten Sikka"


def test_a_list_of_kabupaten_is_held_in_their_province_not_in_the_datelines_city():
    title = "Pemprov Gelar Pasar Murah di Empat Kabupaten"
    text = (f"{title}\nGORONTALO, 12 Februari 2025 - Pemerintah Provinsi Gorontalo menggelar pasar murah di "
            "Kabupaten Boalemo, Kabupaten Pohuwato, Kabupaten Gorontalo Utara dan Kabupaten Bone Bolango pada "
            "12-15 Februari 2025.\nPasar murah digelar untuk menekan inflasi di Provinsi Gorontalo.")
    assert extract_text(text, title=title).main_event.place == "Gorontalo"


def test_the_opening_of_the_event_tells_where_the_event_is():
    title = "Gubernur Hadiri Festival Pesona Rinjani"
    text = (f"{title}\nSELONG, 22 Februari 2025 - Gubernur Nusa Tenggara Barat, Lalu Mahsun, menghadiri pembukaan "
            "Festival Pesona Rinjani 2025 di Lapangan Sembalun, Kecamatan Sembalun, Sabtu (22/2/2025).\n"
            "Festival tersebut diselenggarakan Pemerintah Kabupaten Lombok Timur.")
    assert extract_text(text, title=title).main_event.place == "Kecamatan Sembalun"


def test_a_dateline_town_written_with_its_province_is_the_place_not_the_province():
    title = "Bupati Buka Rapat Koordinasi Stunting"
    text = (f"{title}\n\nTOBELO, MALUKU UTARA – Bupati membuka rapat koordinasi penanganan stunting di Aula "
            "Kantor Bupati, Senin (3/3/2025).\nRapat diikuti para camat.")
    assert extract_text(text, title=title).main_event.place == "Tobelo"


def test_the_regions_those_taking_part_come_from_are_not_where_the_event_is():
    title = "Balai Diklat Keagamaan Buka Pelatihan Guru Madrasah"
    text = (f"{title}\n\nMAKASSAR - Balai Pendidikan dan Pelatihan Keagamaan (BDK) Makassar membuka Pelatihan Teknis "
            "Pembelajaran Berdiferensiasi bagi Guru Madrasah, Senin (10/3/2025). Pelatihan berlangsung pada 10 sampai "
            "dengan 15 Maret 2025 di Kampus BDK Makassar dan diikuti 30 guru dari Kabupaten Gowa, Maros dan Takalar.")
    assert extract_text(text, title=title).main_event.place == "Kota Makassar"


def test_where_people_come_from_is_read_on_its_own_line_only():
    from pipeline.extract.events import _ORIGIN

    text = ("Pekerja Migran asal Sulbar\nTiga Pesan Gubernur Soal Pekerja Migran Sulbar\n"
            "MAMUJU - Gubernur Sulawesi Barat membuka rapat koordinasi, Kamis (15/4/2021).")
    dateline = text.index("MAMUJU")
    assert _ORIGIN.search(text, 0, dateline) is None
    assert _ORIGIN.search(text, 0, text.index("Sulbar\nTiga"))
