"""Places: towns in a capitalized dateline, village names that open with a landform word."""
from __future__ import annotations

import pytest

from pipeline.extract import extract_text


def _places(text: str) -> list[tuple[str, str]]:
    return [(p.name, p.kind) for p in extract_text(text).places]


@pytest.mark.parametrize("text,town", [
    ("Bantuan Sembako Disalurkan\nSELATPANJANG – Bupati membuka rapat kerja di kantornya, Kamis (18/2/2021).",
     "Selatpanjang"),
    ("Banjir Surut\nwartaborneo.com, KUALA KAPUAS – Pemerintah daerah mengirim bantuan beras.", "Kuala Kapuas"),
    ("Lomba PKK\nPANGKALAN BUN-Tim penggerak PKK mengikuti lomba tingkat provinsi.", "Pangkalan Bun"),
    ("Kekeringan Melanda 15 Desa\nOELAMASI – Tim penanggulangan bencana mulai mendistribusikan air bersih.", "Oelamasi"),
])
def test_a_capitalized_dateline_town_is_a_place(text, town):
    assert (town, "other") in _places(text)


@pytest.mark.parametrize("text", [
    "PENGUMUMAN - Pendaftaran seleksi dibuka mulai hari ini.",
    "DISKOMINFO BINCANG-BINCANG BERSAMA AWAK MEDIA\nKegiatan berlangsung santai.",
])
def test_capitalized_words_before_a_dash_that_open_no_place_name_are_not_towns(text):
    assert _places(text) == []


def test_a_village_name_may_open_with_a_landform_word():
    places = _places("Lomba diwakili oleh Desa Sungai Melawen Kecamatan Pangkalan Lada, Kabupaten Kotawaringin Barat.")
    assert ("Desa Sungai Melawen", "desa") in places
    assert not any(name == "Sungai Melawen" for name, _ in places)


def test_a_dateline_that_is_a_known_region_written_short_is_not_a_second_place():
    places = _places("Pasar Ikan Diresmikan\nBIAK – Bupati meresmikan pasar ikan di Kabupaten Biak Numfor, Senin (2/9/2024).")
    assert ("Kabupaten Biak Numfor", "kabupaten") in places
    assert not any(name == "Biak" for name, _ in places)


def test_a_lowercase_kecamatan_cue_names_a_kecamatan_of_the_register():
    places = _places("Air masih merendam kecamatan astambul dan kecamatan sungai tabuk di Kabupaten Banjar.")
    assert ("Kecamatan Astambul", "kecamatan") in places
    assert ("Kecamatan Sungai Tabuk", "kecamatan") in places
    assert _places("Warga dari kecamatan lain ikut membantu di kecamatan tersebut.") == []


def test_a_capitalized_cue_before_a_lowercase_name_of_the_register():
    places = _places("Babinsa bergotong royong bersama warga Kecamatan hamparan perak, Kabupaten Deli Serdang.")
    assert ("Kecamatan Hamparan Perak", "kecamatan") in places
    assert _places("Penyaluran Dana Desa yang dikelola Kelurahan setempat berjalan baik.") == []


def test_a_title_case_dateline_town_named_after_a_river_mouth():
    places = _places("Sosialisasi Pilkada\nKuala Kapuas – Bawaslu mengajak warga mengawasi pemilihan di Kabupaten Kapuas.")
    assert ("Kuala Kapuas", "other") in places
    assert _places("Rapat Evaluasi\nKasus Baru – Jumlah pasien turun minggu ini.") == []


def test_a_dusun_is_a_place_as_written():
    places = _places("Jalan beton dibangun di Dusun Karanglo, Desa Ngembeh, Kecamatan Dlanggu, Kabupaten Mojokerto.")
    assert ("Dusun Karanglo", "other") in places


@pytest.mark.parametrize("text,town", [
    ("Studi Banding\nMARABAHAN, beritakita.co.id – Rombongan dinas berkunjung ke lembaga pemasyarakatan.", "Marabahan"),
    ("Rapat Kerja\nAMUNTAI, HUMAS – Bupati membuka rapat kerja di kantornya.", "Amuntai"),
])
def test_a_dateline_town_with_its_outlet_before_the_dash(text, town):
    assert (town, "other") in _places(text)
    assert _places("Rapat Kerja\nPENGUMUMAN, REDAKSI – Pendaftaran seleksi dibuka mulai hari ini.") == []


def test_a_dateline_outside_the_documents_regions_is_their_kecamatan_of_that_name():
    places = _places("Sambang Warga\nKETAPANG – Bhabinkamtibmas Polsek Ketapang menyambangi warga Desa Sumur, "
                     "Kecamatan Ketapang, Kabupaten Lampung Selatan, Senin (2/9/2024).")
    assert ("Kecamatan Ketapang", "kecamatan") in places
    assert not any(kind == "kabupaten" and "Ketapang" in name for name, kind in places)
    assert ("Kota Binjai", "kota") in _places("Pasar Ikan\nBINJAI – Wali kota meresmikan pasar ikan bersama "
                                               "Gubernur Sumatera Utara di Kota Medan.")


def test_a_town_the_register_names_only_through_its_kecamatan_or_villages():
    places = _places("Saluran Diperbaiki\nDinas PUPR Kabupaten Morowali memperbaiki drainase di Kota Bungku. "
                     "Pekerja dari Bungku Tengah dan warga di Bungku membantu.")
    assert ("Bungku", "other") in places
    assert ("Atambua", "other") in _places("Pasar Baru\nPemkab Belu membangun pasar di kota Atambua, "
                                           "Kecamatan Atambua Barat.")
    assert ("Bungku", "other") in _places("Saluran Diperbaiki\nBungku, 3 Februari 2025 – Dinas PUPR "
                                          "Kabupaten Morowali memperbaiki drainase.")
    places = _places("Ikan Segar\nNelayan Kabupaten Biak Numfor mengirim ikan dari Biak ke Kota Jayapura.")
    assert not any(name == "Biak" for name, _ in places)


def test_a_town_unknown_to_the_register_before_its_province_and_not_a_bodys_premises():
    found = _places("Judul Berita Hari Ini\nWatuparang, Nusa Tenggara Timur — Gubernur meninjau gudang pangan di "
                   "Lendorajo, Maluku pada Rabu. Rombongan sebelumnya singgah di Kemenkes, Jawa Barat dan menemui "
                   "Kepala Dinas, Bali.")
    names = [name for name, _ in found]
    assert "Watuparang" in names and "Lendorajo" in names
    assert "Kemenkes" not in names and "Dinas" not in names


def test_a_town_unknown_to_the_tables_opens_a_dated_dateline():
    found = _places("Judul Berita Hari Ini\nLendorajo, 14 Maret 2025 – Menteri membuka forum kerja sama.\n"
                    "Pengumuman, 14 Maret 2025 – pendaftaran peserta dibuka.")
    assert found == [("Lendorajo", "other")]


def test_an_unknown_word_before_a_comma_and_a_town_is_the_outlet_not_a_town():
    assert not any(name == "Satubmr" for name, _ in _places(
        "Apel Siaga\nSATUBMR,KOTABARU–Personel mengikuti apel siaga di halaman kantor."))


@pytest.mark.parametrize("text,town", [
    ("Bantuan Banjir\nMasohi – Dinas Sosial menyalurkan bantuan kepada warga, Senin (3/3/2025).", "Masohi"),
    ("Bantuan Banjir\nRuteng - Dinas Sosial menyalurkan bantuan kepada warga.", "Ruteng"),
    ("Bantuan Banjir\nSumbawa Besar – Dinas Sosial menyalurkan bantuan kepada warga.", "Sumbawa Besar"),
])
def test_a_title_case_dateline_town_is_a_place(text, town):
    assert (town, "other") in _places(text)


@pytest.mark.parametrize("text", [
    "Bantuan Banjir\nSementara – Dinas Sosial menyalurkan bantuan kepada warga.",
    "Bantuan Banjir\nPemkab – Dinas Sosial menyalurkan bantuan kepada warga.",
])
def test_a_title_case_word_of_running_text_or_no_place_name_before_a_dash_is_no_town(text):
    assert _places(text) == []


@pytest.mark.parametrize("text,town", [
    ("Bakti Sosial\nNamlea (Humas) – Polres menggelar bakti sosial di desa, Senin (3/3/2025).", "Namlea"),
    ("Bakti Sosial\nRuteng (Prokopim) - Pemkab menggelar bakti sosial di desa.", "Ruteng"),
    ("Bakti Sosial\nMasohi, Kominfo – Pemkab menggelar bakti sosial di desa.", "Masohi"),
])
def test_a_dateline_town_before_its_desk_and_the_dash_is_a_place(text, town):
    assert (town, "other") in _places(text)
