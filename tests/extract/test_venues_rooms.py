"""Venues written as a room of an office in lowercase, villages inside venue names, embassies."""
from __future__ import annotations

import pytest

from pipeline.extract import extract_text


def _venues(text: str) -> list[str]:
    return [v.name for v in extract_text(text).venues]


@pytest.mark.parametrize("text,venue", [
    ("Rapat evaluasi digelar di ruang rapat Wali Kota Magelang, Senin (3/2/2024).", "Ruang Rapat Wali Kota Magelang"),
    ("Bupati menerima pengurus koperasi di ruang kerja Bupati, Kamis (5/3/2024).", "Ruang Kerja Bupati"),
    ("Audiensi berlangsung di ruang tamu Wakil Gubernur Jawa Tengah, Selasa (2/4/2024).",
     "Ruang Tamu Wakil Gubernur Jawa Tengah"),
    ("Pembinaan digelar di Masjid Baiturrahman Lamreung Kecamatan Krueng Barona Jaya, Jumat (5/4/2024).",
     "Masjid Baiturrahman Lamreung"),
    ("Duta besar menerima rombongan mahasiswa di KBRI Tokyo, Senin (1/4/2024).", "KBRI Tokyo"),
])
def test_room_village_and_embassy_venues(text, venue):
    assert _venues(text) == [venue]


@pytest.mark.parametrize("text", [
    "Warga berkumpul di ruang publik Taman Kota setiap sore.",
    "Peserta diminta menuju ruang kredensial untuk berfoto.",
])
def test_rooms_without_a_kind_or_an_owner_are_not_venues(text):
    assert _venues(text) == []


@pytest.mark.parametrize("text,venue", [
    ("Pelantikan pengurus berlangsung di Aula Mapolres Kapuas, Selasa (10/9/2024).", "Aula Mapolres Kapuas"),
    ("Rapat koordinasi dilaksanakan di Mako Polres Kapuas, Selasa (10/9/2024).", "Mako Polres Kapuas"),
])
def test_headquarters_keep_the_region_they_are_named_after(text, venue):
    assert _venues(text) == [venue]


@pytest.mark.parametrize("text", [
    "Gubernur menerima pengurus KONI di ruang kerja gubernur, Kantor Gubernur Maluku Utara, Rabu (5/2/2025).",
    "Gubernur menerima Duta Besar di ruang kerjanya, Lantai 7 Kantor Gubernur Maluku Utara, Selasa (4/2/2025).",
])
def test_the_building_after_a_room_in_lowercase_is_the_venue(text):
    assert _venues(text) == ["Kantor Gubernur Maluku Utara"]
