"""Venues: head words from data/venue_heads.tsv, names without the city after them."""
from __future__ import annotations

import pytest

from pipeline.extract import extract_text


def _venues(text: str) -> list[str]:
    return [v.name for v in extract_text(text).venues]


@pytest.mark.parametrize("text,venue", [
    ("Rapat digelar di Gedung Krida Bhakti Kementerian Sekretariat Negara, Jakarta.", "Gedung Krida Bhakti"),
    ("Sosialisasi berlangsung di Kyriad Grand Master Hotel Purwodadi, Kabupaten Grobogan.", "Kyriad Grand Master Hotel"),
    ("Rakor bertempat di Torau Resort-Tentena, Kabupaten Poso.", "Torau Resort"),
    ("Pelantikan dilaksanakan di Pendopo Dipokusumo, Kamis (11/10).", "Pendopo Dipokusumo"),
    ("Rapat diikuti dari Ruang Heart of Borneo (HOB) Kantor Gubernur Kaltim, Kamis.",
     "Ruang Heart of Borneo (HOB) Kantor Gubernur Kaltim"),
    ("Menteri memimpin rapat dari Gedung Sasana Bhakti Praja Kemendagri Jakarta.",
     "Gedung Sasana Bhakti Praja Kemendagri"),
    ("Acara diikuti kepala OPD di aula setdakab setempat.", "Aula Setdakab"),
    ("Kegiatan dipusatkan di Stadion Utama Riau sejak pagi.", "Stadion Utama Riau"),
    ("Rapat digelar di Ruang Rapat Bappeda Kota Kendari, Senin.", "Ruang Rapat Bappeda Kota Kendari"),
    ("Pertemuan hibrida di Gedung Radius Prawiro DJPK (luring) serta daring.", "Gedung Radius Prawiro"),
    ("Dinas PUPR meresmikan Jembatan Beru-Beru di Desa Beru-Beru, Jumat (19/4).", "Jembatan Beru-Beru"),
    ("Bupati meninjau Pasar Sentral Sungguminasa pada Senin pagi.", "Pasar Sentral Sungguminasa"),
])
def test_venue_names(text, venue):
    assert _venues(text) == [venue]


def test_the_place_after_a_venue_is_its_place():
    facts = extract_text("Rakor bertempat di Torau Resort-Tentena, Kabupaten Poso.")
    assert facts.venues[0].place == "Tentena"


def test_offices_of_organizations_are_not_venues():
    assert _venues("Pelatihan diadakan di Kantor Perwakilan Bank Indonesia bagi pelaku usaha.") == []


def test_lowercase_or_generic_heads_are_not_venues():
    assert _venues("Pemanfaatan gedung baru dimulai. Gedung tersebut dibangun tahun lalu.") == []


def test_venue_head_inside_an_organization_name_opens_no_venue():
    from pipeline.extract import extract_text

    facts = extract_text("MAMUJU – Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Kabupaten Mamuju meresmikan "
                         "jembatan baru di Aula Kantor Bupati Mamuju, Jumat (19/4).")
    names = [v.name for v in facts.venues]
    assert not any(n.startswith("Ruang") for n in names)
    assert any(n.startswith("Aula") for n in names)


@pytest.mark.parametrize("text,venue", [
    # any capitalized name between a locative word and ", <place>" or ", <weekday>" is where it happens
    ("Simposium dibuka di Grand Mercure Kemayoran, Jakarta, Rabu (22/10/2025).", "Grand Mercure Kemayoran"),
    ("Sidang perselisihan digelar di Pengadilan Tinggi Agama (PTA), Selasa (16/7/2019).",
     "Pengadilan Tinggi Agama (PTA)"),
    # offices after a locative are venues, whatever the owner
    ("Penandatanganan dilakukan di Kantor Kementerian Perhubungan, Jakarta, Rabu (1/5).",
     "Kantor Kementerian Perhubungan"),
    ("Apel digelar di Lapangan Kantor Bupati Luwu Timur, Senin (6/5).", "Lapangan Kantor Bupati Luwu Timur"),
    ("Rakor dilaksanakan di Kantor Dispora Prov. Jambi pada pagi hari.", "Kantor Dispora Prov. Jambi"),
    # a cued region after a proper name is the venue's place; after an office, part of its name
    ("Pameran dibuka di Hotel Cendana Kota Kupang hari ini.", "Hotel Cendana"),
    ("Monev berlangsung di Aula Rutan Kelas IIB Jombang kemarin.", "Aula Rutan Kelas IIB Jombang"),
    ("Pelatihan dibuka di Balai Diklat Pertanian Ambon sejak pagi.", "Balai Diklat Pertanian Ambon"),
    # lowercase heads and grounds before a venue
    ("Rekapitulasi digelar di hotel Mutiara Baru, Kota Cilegon.", "Hotel Mutiara Baru"),
    ("Presiden disambut di halaman Istana Bogor pagi itu.", "Istana Bogor"),
    ("Warga berkumpul di Bundaran Tugu Tani untuk senam pagi.", "Bundaran Tugu Tani"),
])
def test_venue_conventions(text, venue):
    assert _venues(text) == [venue]


@pytest.mark.parametrize("text", [
    "Bantuan dikirim ke warga di Rafah, Palestina, Senin (29/9).",
    "Pemprov memberikan nama baru bagi Gelanggang Olahraga di Jalan Sudirman itu.",
    "Peserta Sekolah Lapang Iklim berkumpul di Desa Sukamaju, Kabupaten Garut.",
])
def test_not_venues(text):
    assert _venues(text) == []


def test_two_located_names_before_the_place():
    assert _venues("Forum berlangsung di Skyview Lounge, Menara Sentosa, Surabaya, Kamis (4/9).") == [
        "Skyview Lounge", "Menara Sentosa"]




def test_a_short_form_of_a_venue_is_the_same_venue():
    assert _venues("Gubernur tiba di Rumah Jabatan Gubernur Jambi. Di Rujab Gubernur Jambi itu ia disambut.") == [
        "Rumah Jabatan Gubernur Jambi"]
    assert _venues("Wali kota meresmikan Gedung Serba Guna Wira Bhakti di Kecamatan Baru. Gedung Serba Guna itu "
                   "dibangun sejak 2022.") == ["Gedung Serba Guna Wira Bhakti"]


def test_a_numbered_units_seat_after_its_slash_is_part_of_the_venue():
    from pipeline.extract import extract_text

    facts = extract_text("Upacara digelar di Aula Makodim 0833/Kota Malang, Kabupaten Malang, pada Senin (6/1/2025).")
    assert [v.name for v in facts.venues] == ["Aula Makodim 0833/Kota Malang"]


@pytest.mark.parametrize("text, venue", [
    ("Penyerahan berlangsung Selasa (31/03/2016) bertempat di Mushalla Kankemenag Abdya.", "Mushalla Kankemenag Abdya"),
    ("Rapat digelar di Hotel Srikandi Kendari pada Senin.", "Hotel Srikandi"),
])
def test_the_region_of_the_body_a_hall_belongs_to(text, venue):
    assert _venues(text) == [venue]


def test_a_building_named_item_of_a_list_of_regions_is_a_region():
    # a district named after its mosque, listed between districts, is no venue
    assert _venues("Rayon II meliputi Kecamatan Baitussalam, Mesjid Raya, Kuta Baro, dan Lhoknga bertempat di "
                   "Masjid Baitul Makmur Lhoknga.") == ["Masjid Baitul Makmur Lhoknga"]


def test_a_room_named_in_lowercase_inside_a_building_is_one_venue():
    # "Aula merah putih" is the hall of the governor's residence: the lowercase room name does not cut the venue
    assert _venues("Rapat koordinasi digelar di Aula kenanga Rujab Gubernur Jambi, Kamis (3/4).") == [
        "Aula kenanga Rujab Gubernur Jambi"]


def test_one_word_before_a_province_is_a_town():
    # "di Ubud, Bali": a town and its province, not a facility
    assert _venues("Menteri meresmikan program itu di Ubud, Bali, pada Minggu (12/10/2025).") == []
    assert _venues("Rapat digelar di Aston Kartika, Jakarta, Senin (3/4).") == ["Aston Kartika"]


def test_two_venues_joined_by_dan_are_two_venues():
    # "dan" before another head word opens a second venue; inside one name ("Pondok Pesantren dan Panti ...") it stays
    assert _venues("Wali Kota meninjau Gedung Cendana Arum dan Gedung Wira Bakti, Senin (3/3).") == [
        "Gedung Cendana Arum", "Gedung Wira Bakti"]
    assert _venues("Bupati meninjau Pasar Sukaraja dan Pasar Lembang Tiga pada Senin pagi.") == [
        "Pasar Sukaraja", "Pasar Lembang Tiga"]


def test_a_place_of_the_release_after_dan_closes_the_venue():
    # "Stasiun A dan B": B, a place the release names, is a second station, not words of the first one's name
    assert _venues("Menteri meninjau Stasiun Cikini dan Gondangdia di Jakarta Pusat, Senin (3/3/2025). "
                   "Warga di Gondangdia menyambut baik perbaikan itu.")[0] == "Stasiun Cikini"


def test_an_office_class_in_arabic_or_roman_numerals_is_one_venue():
    text = ("Monitoring Layanan\nRombongan tiba di Aula Lapas Kelas 2A Sukamaju, Senin. Rapat di Aula Lapas Kelas IIA "
            "Sukamaju berlangsung lancar.")
    assert len(extract_text(text).venues) == 1


def test_an_office_named_where_something_is_held_is_the_venue_and_its_body_the_organization():
    facts = extract_text("Rapat Cagar Budaya\nSemarang – Tim analis cagar budaya menggelar rapat di Kantor DPKP Kota "
                         "Semarang, Kamis (21/5/2026). Sebelumnya Wakil Menteri menerima panitia kejuaraan di Kantor "
                         "Kementerian Pertanian, Jumat (15/5/2026).")
    names = [o.name for o in facts.organizations]
    assert not [n for n in names if n.startswith("Kantor")]
    assert "DPKP Kota Semarang" in names and "Kementerian Pertanian" in names
    assert [v.name for v in facts.venues] == ["Kantor DPKP Kota Semarang", "Kantor Kementerian Pertanian"]


def test_an_office_that_is_a_body_of_its_own_stays_an_organization():
    facts = extract_text("Manasik Haji\nSleman – Seksi Haji menggelar manasik haji di Kantor Kementerian Agama "
                         "Kabupaten Sleman, Senin (4/5/2026).")
    assert "Kantor Kementerian Agama Kabupaten Sleman" in [o.name for o in facts.organizations]
    assert [v.name for v in facts.venues] == ["Kantor Kementerian Agama Kabupaten Sleman"]


def test_a_posyandu_named_by_whom_it_serves_is_no_venue():
    from pipeline.extract import extract_text
    f = extract_text("PARIGI - Puskesmas Tinombo menggelar Posyandu Balita di Balai Desa Ogotua, Senin (24/2/2025).",
                     published="2025-03-01")
    assert [v.name for v in f.venues] == ["Balai Desa Ogotua"]
    assert f.main_event.venue == "Balai Desa Ogotua"


def test_a_hall_named_for_the_young_stays_a_venue():
    from pipeline.extract import extract_text
    f = extract_text("PALU - Lomba digelar di GOR Remaja Palu, Senin (24/2/2025).", published="2025-03-01")
    assert any(v.name.startswith("GOR Remaja") for v in f.venues)


@pytest.mark.parametrize("text, expected", [
    ("Penumpang menunggu di ruang tunggu Bandara El Tari Kupang, Senin (3/3/2025).", ["Bandara El Tari Kupang"]),
    ("Petugas berjaga di area parkir Terminal Mamboro, Senin (3/3/2025).", ["Terminal Mamboro"]),
    ("Kedua kapal bertabrakan di alur pelayaran Pelabuhan Ahmad Yani Ternate, Senin (3/3/2025).",
     ["Pelabuhan Ahmad Yani Ternate"]),
])
def test_a_part_of_a_port_airport_or_terminal_between_di_and_its_name(text, expected):
    assert _venues(text) == expected
