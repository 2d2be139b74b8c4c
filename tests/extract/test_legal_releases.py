"""Releases about regulations: drafts, their socialisation and the legal bureau's units and posts."""
from pipeline.extract import extract_text


def _orgs(text):
    return {o.name: o for o in extract_text(text).organizations}


def test_a_setda_unit_written_with_the_setda_short_is_the_same_unit():
    text = ("Sosialisasi Perda Sampah\nBOALEMO - Bagian Hukum Sekretariat Daerah Kabupaten Boalemo menggelar "
            "sosialisasi Peraturan Daerah Nomor 4 Tahun 2024, Rabu (5/3/2025). Kepala Bagian Hukum Setda Boalemo, "
            "Nurdin Kaluku, membuka kegiatan itu.")
    os_ = _orgs(text)
    assert "Bagian Hukum Setda Boalemo" not in os_
    assert "Bagian Hukum Setda Boalemo" in os_["Bagian Hukum Sekretariat Daerah Kabupaten Boalemo"].aliases


def test_the_legal_drafters_functional_post_is_a_title():
    text = ("Harmonisasi Ranperbup\nMAMUJU - Rapat harmonisasi dihadiri Perancang Peraturan Perundang-undangan Ahli "
            "Madya Kanwil Kemenkum Sulbar, Rusman Tandilino, Selasa (4/3/2025).")
    people = {p.name: [t.text for t in p.titles] for p in extract_text(text).persons}
    assert people["Rusman Tandilino"] == ["Perancang Peraturan Perundang-undangan Ahli Madya Kanwil Kemenkum Sulbar"]


def test_the_standard_verb_of_socialising_a_regulation_names_the_event_and_its_organizer():
    text = ("Perbup Pasar Desa Disosialisasikan\nMAJENE - Bagian Perekonomian Setda Majene menyosialisasikan "
            "Peraturan Bupati Majene Nomor 9 Tahun 2024 tentang Pengelolaan Pasar Desa di Aula Kantor Camat Pamboang, "
            "Senin (24/2/2025).")
    event = extract_text(text, published="2025-03-01").main_event
    assert event.name == "sosialisasi Peraturan Bupati Majene Nomor 9 Tahun 2024 tentang Pengelolaan Pasar Desa"
    assert event.organizer == "Bagian Perekonomian Setda Majene"


def test_the_body_that_socialises_what_the_headline_names_organizes_it():
    text = ("Sosialisasi Instruksi Bupati Tentang Jumat Bersih\nWAIKABUBAK - Pemerintah Kabupaten Sumba Barat "
            "menyosialisasikan Instruksi Bupati Sumba Barat Nomor 1 Tahun 2025 kepada para camat di Aula Setda "
            "Sumba Barat, Jumat (14/2/2025).")
    event = extract_text(text, published="2025-03-01").main_event
    assert event.organizer == "Pemerintah Kabupaten Sumba Barat"


def test_a_unit_serving_every_regency_and_city_keeps_the_post_whole():
    text = ("Fasilitasi Ranperda\nKALABAHI - Hasil fasilitasi diserahkan Kepala Bagian Fasilitasi Produk Hukum "
            "Kabupaten/Kota Biro Hukum Setda NTT, Yuliana Ndolu, kepada Sekda Alor, Rabu (26/2/2025).")
    people = {p.name: [t.text for t in p.titles] for p in extract_text(text).persons}
    assert people["Yuliana Ndolu"] == ["Kepala Bagian Fasilitasi Produk Hukum Kabupaten/Kota Biro Hukum Setda NTT"]


def test_a_draft_regulations_short_form_is_no_person():
    text = ("Musyawarah Desa\nSIGI - Kepala Desa Sidera, Wayan Suarta, menyampaikan bahwa Rancangan Perdes "
            "disusun bersama BPD, Sabtu (1/3/2025).")
    assert [p.name for p in extract_text(text).persons] == ["Wayan Suarta"]


def test_places_and_bodies_in_a_cited_regulations_subject_are_not_the_releases():
    text = ("Sosialisasi Perda Kecamatan Baru\nPARIGI - Pemerintah Kabupaten Parigi Moutong menggelar sosialisasi "
            "Peraturan Daerah Nomor 8 Tahun 2024 tentang Pembentukan Kecamatan Bolano Timur di Aula Kantor Bupati, "
            "Senin (17/2/2025). Perda itu mengacu pada Peraturan Gubernur Nomor 5 Tahun 2024 tentang Tugas Dinas "
            "Kesehatan Provinsi Maluku.")
    f = extract_text(text, published="2025-03-01")
    assert "Kecamatan Bolano" not in [p.name for p in f.places]
    assert [o.name for o in f.organizations] == ["Pemerintah Kabupaten Parigi Moutong"]



def test_an_english_legal_term_in_a_headline_is_no_person():
    text = ("Kejati Sulsel Sosialisasi Peraturan Jaksa Agung tentang Restorative Justice\nMAKASSAR - Kejaksaan Tinggi "
            "Sulawesi Selatan menggelar sosialisasi keadilan restoratif kepada kepala desa, Kamis (20/2/2025). "
            "Melalui Rumah Restorative Justice perkara ringan dapat diselesaikan di desa.")
    assert [p.name for p in extract_text(text, published="2025-03-01").persons] == []
