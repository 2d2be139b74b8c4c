"""Venues: landmarks, assets and lists name no place of an event; prisons are venues; dates and bodies' regions
close or keep a name."""
from __future__ import annotations

import pytest

from pipeline.extract import extract_text


def _venues(text: str) -> list[str]:
    return [v.name for v in extract_text(text).venues]


@pytest.mark.parametrize("text", [
    "Petugas membersihkan saluran air di sekitar Hotel Mawar Indah, Tentena, Selasa (4/6).",
    "Kantor kelurahan yang baru berdiri di sebelah barat Stadion Kenanga, Minggu (3/3/2019).",
    "Warung itu berada dekat Gedung Juang Sentosa di pusat kota.",
])
def test_a_landmark_is_no_venue(text):
    assert _venues(text) == []


def test_a_stadium_named_as_an_asset_or_in_a_list_is_no_venue():
    text = ("Penghargaan Olahraga\nKota ini punya aset seperti Stadion Cempaka Raya yang berstandar nasional. "
            "Penghargaan diberikan kepada:\n1. Pengelola Stadion Sepak Bola Melati Putih\n"
            "2. Pengelola GOR Bunga Tanjung\n3. Pemerintah Daerah")
    assert _venues(text) == []


def test_a_stadium_where_a_match_is_held_is_a_venue():
    assert _venues("Final turnamen digelar di Stadion Cempaka Raya, Minggu (3/3).") == ["Stadion Cempaka Raya"]


def test_a_prison_visited_is_a_venue_and_its_short_form_is_the_same():
    text = ("Rombongan Kemenag melakukan studi banding ke Lapas Kelas IIA Pekalongan, Rabu (2/2/2022). "
            "Menurut dia, pembinaan di Lapas Pekalongan patut dicontoh.")
    assert _venues(text) == ["Lapas Kelas IIA Pekalongan"]


def test_staff_from_a_prison_name_no_venue():
    assert _venues("Sebanyak lima petugas dari Rutan Kelas IIB Pekalongan mengikuti pelatihan itu.") == []


def test_a_dated_weekday_closes_a_name_without_comma():
    assert _venues("Sidang lanjutan kembali digelar di Mahkamah Agung Kamis (5/9/2019). Hakim hadir.") == \
        ["Mahkamah Agung"]


def test_a_weekday_without_its_date_does_not_close_a_name():
    assert _venues("Pelatihan bagi pelaku usaha di Bumi Lancang Kuning Senin, 7 Juni 2021 dibuka bupati.") == []


def test_the_region_after_a_body_short_form_stays_in_the_name():
    assert _venues("Pelantikan pengurus digelar di Gedung PWRI Pekalongan, Senin (4/3).") == ["Gedung PWRI Pekalongan"]


def test_the_capital_after_a_national_body_is_its_place():
    assert _venues("Rapat digelar di Gedung Merdeka II Kemenkeu Jakarta, Senin (4/3).") == ["Gedung Merdeka II Kemenkeu"]


def test_a_venue_misspelt_once_is_one_venue_under_its_headed_writing():
    text = ("Manasik Haji\nPembukaan manasik di Masji Nurul Hidayahh, Kamis (13/7). Rayon II bertempat di "
            "Masjid Nurul Hidayah Kecamatan Darul Imarah dan Rayon III di Masjid Baitul Rahman Kecamatan Ingin Jaya.")
    assert _venues(text) == ["Masjid Nurul Hidayah", "Masjid Baitul Rahman"]


def test_rooms_numbered_apart_stay_apart():
    assert _venues("Rapat digelar di Ruang Rapat II, lalu dilanjutkan di Ruang Rapat III.") == \
        ["Ruang Rapat II", "Ruang Rapat III"]


def test_a_village_of_the_region_named_after_it_is_no_venue():
    assert _venues("Warga berkumpul di Batu Ralang, Kecamatan Teupah Selatan, untuk gotong royong pada Sabtu (5/4).") \
        == []


def test_a_room_word_before_a_short_form_names_a_platform():
    assert _venues("Para guru belajar mandiri di Ruang PTK dengan pendampingan narasumber, Senin (3/3).") == []


def test_a_vip_room_is_a_room():
    assert _venues("Tamu disambut di Ruang VIP Bandara Haluoleo, Senin (3/3).") == ["Ruang VIP Bandara Haluoleo"]


def test_the_office_of_the_secretariat_is_a_venue():
    assert _venues("Sosialisasi pengawasan pemilu bertempat di Kantor Sekretariat, Rabu (5/6/2024).") == \
        ["Kantor Sekretariat"]


@pytest.mark.parametrize("text", [
    "Korban kini dirawat di Rumah Sakit Harapan Kasih Lebak untuk mendapatkan perawatan.",
    "Pasien tersebut meninggal dunia di Rumah Sakit Melati Kupang pada Senin malam.",
    "Korban dirawat di Siloam Hospitals Kupang, Nusa Tenggara Timur, Senin (4/3/2024).",
])
def test_where_a_patient_lies_is_no_venue(text):
    assert _venues(text) == []


@pytest.mark.parametrize("text", [
    "Seluruh ASN di lingkungan Kantor Kementerian Agama Kabupaten Lebak wajib mengikuti apel pagi.",
    "Pegawai di lingkungan Rutan Kelas IIB Sukamaju mengikuti tes urine secara bergiliran.",
])
def test_staff_within_a_body_name_no_venue(text):
    assert _venues(text) == []


def test_an_event_held_within_the_grounds_keeps_its_venue():
    assert _venues("Kerja bakti digelar di lingkungan Kantor Camat Sukamaju, Minggu (1/12/2024).") == [
        "Kantor Camat Sukamaju"]


@pytest.mark.parametrize("text,venue", [
    ("Bupati meninjau Pasar Regional Mamuju, Senin (3/3/2025).", "Pasar Regional Mamuju"),
    ("Tim memantau harga beras di Pasar Sentral Kota Gorontalo, Senin (3/3/2025).", "Pasar Sentral Kota Gorontalo"),
    ("Operasi pasar murah digelar di Pasar Induk Kota Ambon, Senin (3/3/2025).", "Pasar Induk Kota Ambon"),
])
def test_a_market_ranked_central_or_regional_is_named_with_its_town(text, venue):
    assert _venues(text) == [venue]
