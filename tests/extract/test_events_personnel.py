"""Releases on installations, oaths and rotations: the act's noun and who was installed name the event."""
import pytest

import pipeline.extract  # noqa: F401  (registers the components)
from pipeline.extract import extract_text


@pytest.mark.parametrize("text, name", [
    # two acts on one object: the first names the event, their object follows
    ("Bupati Donggala, Rahmat Lamato, melantik dan mengambil sumpah jabatan 41 pejabat administrator di lingkungan "
     "Pemerintah Kabupaten Donggala di Aula Kantor Bupati Donggala, Senin (3/2/2025).",
     "pelantikan 41 pejabat administrator di lingkungan Pemerintah Kabupaten Donggala"),
    ("Wali Kota Bima, Yusuf Lamato, mengambil sumpah/janji 90 Pegawai Negeri Sipil di Aula Kantor Wali Kota Bima, "
     "Selasa (4/2/2025).",
     "pengambilan sumpah/janji 90 Pegawai Negeri Sipil"),
    ("Bupati Sinjai, Andi Rusli Tenri, merotasi sembilan camat di lingkungan Pemerintah Kabupaten Sinjai di Ruang "
     "Pola Kantor Bupati Sinjai, Rabu (5/2/2025).",
     "rotasi sembilan camat di lingkungan Pemerintah Kabupaten Sinjai"),
    # one person installed: the post taken names the event, not the person's name and degrees
    ("Bupati Mamuju, Arman Lasido, mengukuhkan Drs. Sofyan Ibrahim Tuli, M.Si. sebagai Penjabat Sekretaris Daerah "
     "Kabupaten Mamuju di Aula Kantor Bupati, Senin (3/2/2025).",
     "pengukuhan Penjabat Sekretaris Daerah Kabupaten Mamuju"),
    ("Bupati Belu melantik Ir. Yohanes Bria Nahak, S.T., M.T. sebagai Kepala Dinas PUPR Kabupaten Belu di Aula "
     "Setda, Selasa (4/2/2025).",
     "pelantikan Kepala Dinas PUPR Kabupaten Belu"),
    # the passive verb's adverb ("resmi dilantik") is no word of what was installed
    ("TOBELO - Sebanyak 40 anggota Panitia Pemilihan Kecamatan se-Kabupaten Halmahera Barat resmi dilantik di Aula "
     "Kantor Bupati Halmahera Barat, Kamis (6/2/2025).",
     "Pelantikan 40 anggota Panitia Pemilihan Kecamatan se-Kabupaten Halmahera Barat"),
])
def test_personnel_acts_name_the_event(text, name):
    event = extract_text(text, published="2025-02-06").main_event
    assert event is not None and event.name == name


def test_lepas_sambut_is_a_handover_of_a_post():
    text = ("Polsek Wotu menggelar lepas sambut Kapolsek Wotu dari Iptu Rusdi Lamato kepada Iptu Hamka Sese di "
            "Mapolsek Wotu, Senin (3/2/2025).")
    event = extract_text(text, published="2025-02-06").main_event
    assert event is not None and event.name.startswith("lepas sambut Kapolsek Wotu")


def test_the_post_one_is_installed_in_does_not_organize():
    text = ("ENDE - Sebanyak 40 kepala sekolah di Kabupaten Ende dilantik di Aula Garuda, Sabtu (15/2/2025). Di "
            "antaranya Maria Bhoko dilantik sebagai Kepala SDN 3 Ende.")
    event = extract_text(text, published="2025-02-16").main_event
    assert event is not None and event.organizer != "SDN 3 Ende"


@pytest.mark.parametrize("text, name", [
    ("Ternate - Gubernur Maluku Utara melantik dr. Hasna Duwila, Sp.A sebagai Direktur RSUD Chasan Boesoirie di "
     "Ternate, Senin (24/2/2025).", "pelantikan Direktur RSUD Chasan Boesoirie"),
    ("Mamuju - Gubernur Sulawesi Barat mengukuhkan dr. Yunus Tandi, Sp.PD sebagai Direktur RSUD Andi Depu di "
     "Mamuju, Rabu (26/2/2025).", "pengukuhan Direktur RSUD Andi Depu"),
])
def test_installed_post_after_a_specialist_degree_keeps_its_body_name(text, name):
    event = extract_text(text, published="2025-03-01").main_event
    assert event is not None and event.name == name
