"""Venue names that run over the office or the body they belong to, and the town a numbered unit is named after."""
from __future__ import annotations

import pytest

from pipeline.extract import extract_text


def _venues(text: str) -> list[str]:
    return [v.name for v in extract_text(text).venues]


@pytest.mark.parametrize("text,venue", [
    # after "Kantor" (or "Kantor Wilayah") the ministry is the office's body, not the start of another phrase
    ("Manasik haji digelar di Aula Kantor Kementerian Agama Kabupaten Lebak, Rabu (6/3/2024).",
     "Aula Kantor Kementerian Agama Kabupaten Lebak"),
    ("Pelantikan berlangsung di Aula Kantor Wilayah Kementerian Agama Provinsi Jambi, Kamis (7/3/2024).",
     "Aula Kantor Wilayah Kementerian Agama Provinsi Jambi"),
    # a short form after "Kantor Pusat" or after a building's head names whose office or building it is
    ("Ujian dilaksanakan di Gedung II Kantor Pusat BPS, Jakarta, Senin (4/3/2024).", "Gedung II Kantor Pusat BPS"),
    ("Pertemuan berlangsung di Ruang Rapat Utama Gedung BPOM, Jakarta, Senin (4/3/2024).",
     "Ruang Rapat Utama Gedung BPOM"),
    # a numbered unit's seat after its slash may be a number too
    ("Karya bakti berlangsung di Makoramil 1605/04 Oebobo, Senin (4/3/2024).", "Makoramil 1605/04 Oebobo"),
    # a province's short form after its cue is the region of the body, not a body that owns the building
    ("Rapat paripurna digelar di Ruang Sidang Gedung DPRD Provinsi NTB, Senin (10/3/2025).",
     "Ruang Sidang Gedung DPRD Provinsi NTB"),
    # a mosque ranked Agung or Raya is named after its town
    ("Pengajian akbar digelar di Masjid Agung Kupang, Jumat (8/3/2024).", "Masjid Agung Kupang"),
])
def test_names_run_over_their_office(text, venue):
    assert _venues(text) == [venue]


@pytest.mark.parametrize("text,venue", [
    # a number or a body's short form before a town: the town is part of the unit's name
    ("Penyuluhan digelar di SMP Negeri 4 Kupang, Selasa (5/3/2024).", "SMP Negeri 4 Kupang"),
    ("Ujian CAT berlangsung di UPT BPS Kupang, Selasa (5/3/2024).", "UPT BPS Kupang"),
    # a body read whole after "di" keeps its region
    ("Bimbingan perkawinan digelar di KUA Kecamatan Malingping, Selasa (5/3/2024).", "KUA Kecamatan Malingping"),
])
def test_units_keep_their_town(text, venue):
    assert _venues(text) == [venue]


def test_a_generic_room_on_a_floor_leaves_the_building():
    assert _venues("Rapat evaluasi digelar di Ruang Rapat Lantai 3 Kantor Bupati Lebak, Senin (4/3/2024).") == [
        "Kantor Bupati Lebak"]


def test_a_proper_name_before_its_town_still_drops_the_town():
    assert _venues("Pelatihan digelar di Hotel Sinar Kasih Kupang, Senin (4/3/2024).") == ["Hotel Sinar Kasih"]


def test_a_short_form_after_a_building_and_its_kind_words_is_its_owner():
    assert _venues("Seminar yang berlangsung di Aula Lantai 2 Gedung Utama BPS ini diikuti 90 peserta.") == [
        "Aula Lantai 2 Gedung Utama BPS"]


@pytest.mark.parametrize("text,venue", [
    # health centres and regional hospitals are named after their town, and are venues after a trigger
    ("Di Puskesmas Cibadak, tim melakukan pemeriksaan kesehatan gratis bagi lansia.", "Puskesmas Cibadak"),
    ("Bupati meresmikan Puskesmas Sukamaju II pada Jumat pagi.", "Puskesmas Sukamaju II"),
    ("Wakil Bupati meninjau RSUD Malingping untuk melihat layanan rawat inap.", "RSUD Malingping"),
])
def test_health_centres_are_venues_after_a_trigger(text, venue):
    assert _venues(text) == [venue]


@pytest.mark.parametrize("text", [
    "Kepala Puskesmas Cibadak, dr Budi Santosa, menyampaikan hal itu.",
    "Vaksin tersedia di Puskesmas dan RSUD di seluruh kabupaten.",
])
def test_health_centres_without_trigger_or_name_are_no_venues(text):
    assert _venues(text) == []


@pytest.mark.parametrize("text,venues", [
    # "Lt." is the floor written short: the name goes on past its dot as it does past "Lantai"
    ("Musrenbang dibuka di Aula Lt. II Kantor Bupati Gowa, Jumat (7/3/2025).", ["Aula Lt. II Kantor Bupati Gowa"]),
    # a floor between "di" and the building leaves the trigger in force
    ("Rapat evaluasi digelar di Lt. 2 Kantor Bupati Gowa, Senin (3/3/2025).", ["Kantor Bupati Gowa"]),
    ("Rapat evaluasi digelar di lantai II Kantor Bupati Gowa, Senin (3/3/2025).", ["Kantor Bupati Gowa"]),
    # the deputy's post in a room's name is one title: the room goes on over it
    ("Rapat digelar di Ruang Rapat Wakil Bupati Lantai II Kantor Bupati Gowa, Senin (3/3/2025).",
     ["Ruang Rapat Wakil Bupati", "Kantor Bupati Gowa"]),
])
def test_a_floor_inside_a_compound_venue(text, venues):
    assert _venues(text) == venues


def test_a_floor_after_a_room_named_by_a_post_is_no_person():
    facts = extract_text("Rapat digelar di Ruang Rapat Sekda Lantai II Kantor Wali Kota Ternate, Senin (24/3/2025).")
    assert [p.name for p in facts.persons] == []
    assert [v.name for v in facts.venues] == ["Ruang Rapat Sekda", "Kantor Wali Kota Ternate"]


def test_a_cued_region_after_a_post_in_a_room_name_is_the_post_s():
    assert _venues("Rapat digelar di Ruang Rapat Sekretaris Daerah Kabupaten Sigi, Senin (3/3/2025).") == [
        "Ruang Rapat Sekretaris Daerah Kabupaten Sigi"]


@pytest.mark.parametrize("text", [
    "Rapat digelar di Ruang Rapat Wakil Bupati Sigi Lt. 2 Kantor Bupati Sigi, Senin (3/3/2025).",
    "Rapat digelar di Ruang Kerja Bupati Lt. II Kantor Bupati Sigi, Senin (3/3/2025).",
])
def test_a_floor_written_short_after_a_post_in_a_room_name_is_no_holder(text):
    assert [p.name for p in extract_text(text).persons] == []


@pytest.mark.parametrize("text,venue", [
    # a body's premises named by the body alone, then the day: where it is held
    ("Wakil Menteri menerima kunjungan Duta Besar Fiji di Kemenlu, pada Senin (20/10/2025).", "Kemenlu"),
    ("Sekda membuka rapat koordinasi di Bappeda Sulbar, Senin (20/10/2025).", "Bappeda Sulbar"),
    ("Asistensi penyusunan anggaran digelar di Dinas Kesehatan Maluku, Selasa (21/10/2025).",
     "Dinas Kesehatan Maluku"),
])
def test_a_body_before_the_day_is_where_it_is_held(text, venue):
    assert _venues(text) == [venue]


def test_office_venue_runs_over_the_commas_of_its_bodys_portfolios():
    assert _venues("Rapat digelar di Kantor Dinas Tanaman Pangan, Hortikultura dan Perkebunan Kabupaten Wajo, Senin "
                   "(3/3/2025).") == ["Kantor Dinas Tanaman Pangan, Hortikultura dan Perkebunan Kabupaten Wajo"]
