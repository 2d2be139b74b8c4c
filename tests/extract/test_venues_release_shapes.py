"""Venue conventions of real releases: rooms only as rooms, floors and commas between a room and its building,
new facility heads, and capitalized heads inside longer names."""
from __future__ import annotations

import pytest

from pipeline.extract import extract_text


def _venues(text: str) -> list[str]:
    return [v.name for v in extract_text(text).venues]


@pytest.mark.parametrize("text", [
    "Dinas menyusun Rencana Detail Tata Ruang kawasan perkotaan tahun ini.",
    "Aplikasi Ruang Guru Digital membantu para pengajar menyiapkan materi.",
    "Kementerian meluncurkan kampanye Ruang Aman Bersama bagi pelajar.",
    "Pemohon Persetujuan Bangunan Gedung (PBG) wajib melengkapi berkas.",
    "Anggota dewan melakukan Tinjauan Lapangan Terkait Laporan Keuangan.",
])
def test_a_head_inside_a_longer_name_or_a_platform_is_no_venue(text):
    assert _venues(text) == []


def test_a_room_needs_a_locative_or_a_room_kind():
    assert _venues("Peserta memadati Ruang Rapat Melati untuk mendengar paparan.") == ["Ruang Rapat Melati"]


@pytest.mark.parametrize("text,venues", [
    ("Rapat digelar di Ruang Rapat Kenanga, Kantor Bupati Sukamaju, Senin (3/2/2025).",
     ["Ruang Rapat Kenanga", "Kantor Bupati Sukamaju"]),
    ("Acara berlangsung di Ruang Anggrek II Lantai III Mercure Hotel dan dihadiri camat.",
     ["Ruang Anggrek II", "Mercure Hotel"]),
    ("Rapat bertempat di Ruang Rapat Cempaka Lt.II Gedung Serbaguna Sari yang dipimpin sekda.",
     ["Ruang Rapat Cempaka", "Gedung Serbaguna Sari"]),
])
def test_a_comma_or_a_floor_chains_a_room_to_its_building(text, venues):
    assert _venues(text) == venues


@pytest.mark.parametrize("text,venue", [
    ("Rapat koordinasi bertempat di Ra Suites pada pagi hari.", "Ra Suites"),
    ("Kegiatan dibuka di Makodam XII/Tanjungpura, Kamis (2/10/2025).", "Makodam XII"),
    ("Upacara digelar di Monumen Nasional (Monas) pada Kamis (2/10/2025).", "Monumen Nasional (Monas)"),
    ("Kapal diserahkan di Dermaga Ujung Timur pada pagi hari.", "Dermaga Ujung Timur"),
    ("Ujian berlangsung di Laboratorium Komputer Terpadu sejak pagi.", "Laboratorium Komputer Terpadu"),
    ("Penghargaan diserahkan di Gedung R.M. Soedjono, Jakarta, Senin (29/9/2025).", "Gedung R.M. Soedjono"),
    ("Pelepasan dilakukan di Mushalla Al Ikhlas pada Jumat pagi.", "Mushalla Al Ikhlas"),
    ("Arahan disampaikan di Ruang Kerja Kepala BPS, Kamis (23/1/2025).", "Ruang Kerja Kepala BPS"),
])
def test_facility_heads_of_releases(text, venue):
    assert _venues(text) == [venue]


def test_a_weekday_after_a_name_ends_it():
    assert _venues("Wali kota bertemu warga di Rumah Makan Sari Rasa Kamis Pagi (27/6).") == ["Rumah Makan Sari Rasa"]


def test_a_university_after_dari_is_an_affiliation():
    assert _venues("Materi dibawakan Dr. Rina Sari dari Universitas Nusantara Jaya bersama para pemuda.") == []
    assert _venues("Menteri berdialog dengan mahasiswa di Universitas Nusantara Jaya pada Kamis.") == \
        ["Universitas Nusantara Jaya"]


def test_a_street_named_after_a_building_is_no_venue():
    assert _venues("Warga membersihkan parit di Jl. Mesjid Baru Kelurahan Sukamaju.") == []


@pytest.mark.parametrize("text,venues", [
    ("Kerja bakti digelar di Lingkungan Balaikota Sukamaju, Minggu (1/12/2024).", ["Balaikota Sukamaju"]),
    ("Rapat digelar di Ruang Rapat D12, Lt 2 Gedung B, kompleks kementerian.", ["Ruang Rapat D12", "Gedung B"]),
    ("Posko didirikan di Lanud Adi Sumarmo untuk melayani tiga waduk.", ["Lanud Adi Sumarmo"]),
])
def test_grounds_single_letter_buildings_and_air_bases(text, venues):
    assert _venues(text) == venues


@pytest.mark.parametrize("text,venue", [
    ("Pelatihan anyaman digelar di aula kantor Camat Sukamaju pada Selasa, 30 September 2025.",
     "Aula Kantor Camat Sukamaju"),
    ("Acara peresmian diadakan di gedung baru DPUPR Kota Sukamaju dengan protokol kesehatan.",
     "Gedung Baru DPUPR Kota Sukamaju"),
    ("Apel pagi diadakan di halaman kantor Dinas PUPR Sukamaju.", "Kantor Dinas PUPR Sukamaju"),
    ("Vaksinasi lansia digelar di rumah sakit Harapan Sehat sejak pekan lalu.", "Rumah Sakit Harapan Sehat"),
])
def test_lowercase_halls_offices_and_hospitals(text, venue):
    assert _venues(text) == [venue]


def test_a_hospital_without_a_name_is_no_venue():
    assert _venues("Sebanyak 58 pasien dirawat di rumah sakit (2,4 persen), sisanya menjalani isolasi mandiri.") == []


@pytest.mark.parametrize("text", [
    "Pemerintah memperluas ekspor ke pasar ASEAN dan memantau harga di pasar Asia.",
    "Regulasi baru melindungi anak di Ruang Digital yang sehat.",
    "Ada tiga utusan yang datang dari Kantor Regional V Otoritas Jasa Keuangan.",
])
def test_markets_online_spaces_and_offices_one_comes_from_are_no_venues(text):
    assert _venues(text) == []


@pytest.mark.parametrize("text,venue", [
    ("Warga senam bersama diarea lapangan Kecamatan Sukamaju, Sabtu (19/11).", "Lapangan Kecamatan Sukamaju"),
    ("Rapat dilaksanakan di lokasi Pelabuhan Penyeberangan Sukamaju, Senin.", "Pelabuhan Penyeberangan Sukamaju"),
    ("Tempat: Aula Kantor Camat Sukamaju", "Aula Kantor Camat Sukamaju"),
])
def test_glued_locatives_sites_and_agenda_labels(text, venue):
    assert _venues(text) == [venue]


def test_a_facility_that_is_an_organization_keeps_its_region_apart():
    facts = extract_text("Manasik bertempat di Pesantren Nurul Ilmi Kecamatan Darul Imarah, Kabupaten Aceh Besar.")
    assert [v.name for v in facts.venues] == ["Pesantren Nurul Ilmi"]
    assert _venues("Rapat digelar di Kantor Bappeda Kota Kendari, Kamis (3/11/2021).") == \
        ["Kantor Bappeda Kota Kendari"]


def test_a_title_after_a_proper_name_ends_the_venue():
    assert _venues("Kami berkumpul di Gelora Bung Karno Gubernur Jambi Bapak Hasan Basri.") == ["Gelora Bung Karno"]
    assert _venues("Rapat digelar di Ruang Pola Kantor Bupati Bantaeng pagi ini.") == \
        ["Ruang Pola Kantor Bupati Bantaeng"]


def test_a_postfix_venue_keeps_its_short_form():
    assert _venues("Konferensi berlangsung di Sukamaju International Convention Centre (SICC), Nusa Dua, Bali.") == \
        ["Sukamaju International Convention Centre (SICC)"]


def test_a_body_after_di_and_before_a_city_names_its_premises():
    text = "Judul\nMenhan menerima kunjungan Menteri Pertahanan Jepang di Kementerian Pertahanan RI, Jakarta, Selasa (28/10/2025)."
    assert _venues(text) == ["Kementerian Pertahanan RI"]


@pytest.mark.parametrize("text,expected", [
    ("Judul\nSidang sengketa pemilu itu digelar di Mahkamah Konstitusi (MK).", ["Mahkamah Konstitusi (MK)"]),
    ("Judul\nRapat evaluasi digelar di Aston Kartika pada pagi hari.", ["Aston Kartika"]),
    ("Judul\nUpacara yang dilaksanakan di Pimpin oleh Dandim berjalan tertib.", []),  # a typo of "dipimpin"
])
def test_the_name_after_a_verb_of_holding_and_di_is_where_it_was_held(text, expected):
    assert _venues(text) == expected


def test_two_short_forms_that_name_one_body_both_stay_in_the_venue():
    assert _venues("Judul Berita Hari Ini\nSeminar itu berlangsung di Gedung Student Center Kampus PKN STAN, Tangerang "
                   "Selatan. Rapat digelar di Gedung Radius Prawiro DJPK, Jakarta.") == [
        "Gedung Student Center Kampus PKN STAN", "Gedung Radius Prawiro"]


def test_a_railway_station_after_a_locative_is_a_venue_named_after_its_town():
    found = _venues("Menteri tiba di Stasiun Kutoarjo pada Senin pagi dan berbincang dengan penumpang. Stasiun "
                    "Sentosa Baru yang direncanakan pemerintah belum dibangun.")
    assert found == ["Stasiun Kutoarjo"]


def test_the_basement_of_a_facility_after_a_locative_is_a_venue():
    venues = _venues("Relokasi Pedagang\nPara pedagang dipindahkan ke Basemen Taman Sari mulai pekan depan. "
                     "Parkir di basement gedung juga ditata.")
    assert venues == ["Basemen Taman Sari"]


@pytest.mark.parametrize("text,venue", [
    ("Senam pagi berlangsung di Alun Alun 10 November kabupaten Sampang, Minggu pagi.", "Alun Alun 10 November"),
    ("Upacara digelar di Lapangan 17 Agustus, Rabu (4/9).", "Lapangan 17 Agustus"),
])
def test_a_square_named_after_a_day_keeps_its_day_and_month(text, venue):
    assert [v.name for v in extract_text(text).venues] == [venue]


def test_an_office_of_a_body_named_apart_is_the_venue_not_the_body():
    facts = extract_text("Kepala Pelaksana BPBD Provinsi Maluku, Henky Sopacua, meminta warga waspada. Posko siaga "
                         "dibuka 24 jam di Kantor BPBD Provinsi Maluku, Jalan Sultan Hairun, Kota Ambon.",
                         published="2025-03-01")
    assert [o.name for o in facts.organizations] == ["BPBD Provinsi Maluku"]
    assert [v.name for v in facts.venues] == ["Kantor BPBD Provinsi Maluku"]


def test_the_office_of_a_body_only_regions_have_names_no_national_parent():
    facts = extract_text("Posko siaga dibuka 24 jam di Kantor BPBD Provinsi Maluku, Jalan Sultan Hairun, Kota Ambon.",
                         published="2025-03-01")
    assert [o.name for o in facts.organizations] == ["BPBD Provinsi Maluku"]


def test_a_weather_station_named_as_a_source_is_no_venue():
    facts = extract_text("Berdasarkan informasi dari Stasiun Meteorologi Maritim Paotere, pasang air laut mencapai "
                         "1,4 meter. Apel digelar di Anjungan Pantai Losari, Jumat (28/2/2025).", published="2025-03-01")
    assert [v.name for v in facts.venues] == ["Anjungan Pantai Losari"]
    assert "Stasiun Meteorologi Maritim Paotere" in [o.name for o in facts.organizations]


def test_a_ground_of_no_name_is_named_by_the_village_after_it():
    assert _venues("Warga Kabupaten Mamuju dievakuasi ke titik kumpul di Lapangan Sepak Bola Desa Beru-Beru, "
                   "Selasa (4/3/2025).") == ["Lapangan Sepak Bola Desa Beru-Beru"]


def test_a_maluku_customary_hall_is_a_venue_named_by_its_village():
    assert _venues("Musyawarah adat digelar di Baileo Negeri Tulehu, Senin (3/2/2025).") == ["Baileo Negeri Tulehu"]


@pytest.mark.parametrize("text,venues", [
    # the customary hall of South Sulawesi heads a venue, here the hall inside an official residence
    ("Rapat digelar di Baruga Lontara Ugi, Rumah Jabatan Bupati Soppeng, Selasa (4/2/2025).",
     ["Baruga Lontara Ugi", "Rumah Jabatan Bupati Soppeng"]),
    # a fort is a venue after a locative
    ("Festival budaya digelar di pelataran Benteng Tolukko Lama, Sabtu (22/2/2025).", ["Benteng Tolukko Lama"]),
])
def test_customary_halls_and_forts_are_venues(text, venues):
    assert _venues(text) == venues


@pytest.mark.parametrize("text,venue", [
    # "GSG", the short form of Gedung Serba Guna, is named by the kecamatan after it
    ("Rakor digelar di GSG Kecamatan Tinombo, Rabu (19/2/2025).", "GSG Kecamatan Tinombo"),
    # a press room heads a venue named by the office it is in
    ("Konferensi pers digelar di Media Center Kantor Gubernur Gorontalo, Senin (3/3/2025).",
     "Media Center Kantor Gubernur Gorontalo"),
])
def test_short_and_english_heads_of_halls(text, venue):
    assert _venues(text) == [venue]


def test_a_body_after_a_reports_field_of_where_is_the_venue():
    text = ("Sosialisasi Narkoba\n\nAcara : Sosialisasi Pencegahan Narkoba\nHari/Tanggal : Rabu, 5 Maret 2025\n"
            "Tempat : SMA Negeri 1 Biromaru\nPeserta : 150 orang siswa")
    assert _venues(text) == ["SMA Negeri 1 Biromaru"]
    text = "Penyaluran BLT Dana Desa\n\nLokasi: Kantor Desa Kambatatana, Kecamatan Pandawai.\nJumlah penerima: 45 KPM."
    assert _venues(text) == ["Kantor Desa Kambatatana"]


@pytest.mark.parametrize("text,venues", [
    ("Wali Kota Palu menghadiri rapat di Palu Grand Mall, Senin (20/10/2025).", ["Palu Grand Mall"]),
    ("Pameran produk UMKM digelar di Gorontalo Mall, Sabtu (1/3/2025).", ["Gorontalo Mall"]),
    ("Bazar Ramadan digelar di Mal Tatura, Sabtu (1/3/2025).", ["Mal Tatura"]),
])
def test_a_shopping_mall_is_a_venue_even_named_after_its_town(text, venues):
    assert _venues(text) == venues


def test_a_school_after_di_and_before_a_written_date_is_the_venue():
    text = ("WAIKABUBAK - MGMP Matematika menggelar workshop penyusunan soal HOTS di SMA Negeri 1 Waikabubak, "
            "7-8 Maret 2025.")
    assert _venues(text) == ["SMA Negeri 1 Waikabubak"]


def test_a_figure_after_a_venue_is_no_part_of_its_name():
    text = ("Posko Nataru mencatat 41.230 penumpang di Pelabuhan Tenau, sedangkan di Terminal Oebobo 12.870 "
            "penumpang. Data dihimpun dari Pelabuhan Perikanan Nusantara Tual dan 12 tempat pendaratan ikan.")
    found = _venues(text)
    assert "Terminal Oebobo" in found
    assert not any(v.endswith(("12", "dan 12")) for v in found)


def test_a_form_of_address_that_opens_no_name_is_a_word_of_the_venue():
    from pipeline.extract import extract_text
    f = extract_text("Penimbangan balita dipusatkan di Posyandu Kasih Ibu, Kelurahan Kambajawa, Senin (3/3/2025).",
                     published="2025-03-01")
    assert [v.name for v in f.venues] == ["Posyandu Kasih Ibu"]
    f = extract_text("Penimbangan balita digelar di Posyandu Melati Ibu Rina Lamba, Senin (3/3/2025).",
                     published="2025-03-01")
    assert [v.name for v in f.venues] == ["Posyandu Melati"]


def test_a_contest_winner_is_no_venue():
    text = ("Juara pertama lomba posyandu tingkat kabupaten diraih Posyandu Cempaka RW 02, Kelurahan Lolu Utara. "
            "Lomba digelar Dinas Kesehatan Kota Palu di Gedung Juang, Palu, Sabtu (1/3/2025).")
    assert _venues(text) == ["Gedung Juang"]
    text = ("Juara I lomba sekolah sehat diraih oleh SD Negeri 3 Bima. Penyerahan hadiah berlangsung di Aula Kantor "
            "Bupati Bima, Senin (3/3/2025).")
    assert _venues(text) == ["Aula Kantor Bupati Bima"]
