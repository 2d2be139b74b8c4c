"""Units below the village and how releases write them: "Lingkungan X" is a neighbourhood of a kelurahan, "RT/RW"
numbers name no facility, a headline capitalizes the verb after a hamlet's name, and a list after an island's,
a landform's or a hamlet's cue names one place each."""
from __future__ import annotations

from pipeline.extract import extract_text
from tests.extract.readers import places_found as places


def _names(text: str) -> list[str]:
    return [name for name, _, _ in places(text)]


def test_a_neighbourhood_is_a_place_not_a_venue():
    facts = extract_text("Bupati mengunjungi warga terdampak banjir di Lingkungan Wawondula, Kelurahan Kappuna, "
                         "Kecamatan Masamba, Kamis (6/3/2025).")
    assert "Lingkungan Wawondula" in [p.name for p in facts.places]
    assert facts.venues == []


def test_a_body_after_lingkungan_is_its_staff_not_a_neighbourhood():
    assert _names("Seluruh ASN di Lingkungan Pemkot Palu wajib mengikuti apel pagi.") == []
    assert _names("Petugas memeriksa di Lingkungan Polres Poso dan Lingkungan Universitas Tadulako.") == []
    assert _names("Pegawai di Lingkungan Setdakab Sigi dan Lingkungan Dinkes Sigi mengikuti apel.") == []


def test_neighbourhood_numbers_name_no_venue():
    facts = extract_text("Camat melakukan monitoring di RT 05 RW 03 Kelurahan Dulalowo, Rabu (12/3/2025).")
    assert facts.venues == []
    assert "Kelurahan Dulalowo" in [p.name for p in facts.places]


def test_a_doubled_cue_is_a_plural():
    text = "Dinkes Gelar Pengobatan di Pulau-Pulau Kecil\n\nSELAYAR - Tim medis tiba di Pulau Jampea."
    assert "Pulau Kecil" not in _names(text)
    assert "Pulau Jampea" in _names(text)


def test_common_words_before_a_cue_in_a_headline_name_no_village():
    text = "Lomba Desa Tingkat Provinsi Gorontalo\n\nGORONTALO - Desa Dulamayo Selatan meraih juara pertama."
    assert "Desa Tingkat" not in _names(text)


def test_a_hamlet_in_a_headline_ends_before_the_verb():
    text = ("Warga Dusun Lamoa Gotong Royong Bersihkan Saluran\n\n"
            "MASAMBA - Warga Dusun Lamoa, Desa Radda, bergotong royong membersihkan saluran air.")
    names = _names(text)
    assert "Dusun Lamoa" in names
    assert not any(n.startswith("Dusun Lamoa ") for n in names)


def test_a_list_after_an_island_or_a_hamlet_cue():
    assert _names("Tim medis menyisir Pulau Kaledupa, Tomia dan Binongko, Senin (3/3/2025).")[:3] == \
        ["Pulau Kaledupa", "Pulau Tomia", "Pulau Binongko"]
    names = _names("Banjir merendam Dusun Lembah dan Tanjung di Desa Lalombi, Kecamatan Banawa Selatan.")
    assert "Dusun Tanjung" in names


def test_a_list_stops_at_a_region_of_its_own():
    names = _names("Kapal singgah di Pulau Seram dan Ambon, lalu ke Pulau Buru.")
    assert "Pulau Ambon" not in names
    assert "Kota Ambon" in names


def test_an_island_with_and_without_its_head_is_one_place():
    names = _names("Relawan dari Seram tiba lebih dulu. Relawan dari Pulau Seram dan Pulau Buru menyusul ke Ambon.")
    assert names.count("Pulau Seram") == 1
    assert "Seram" not in names


def test_the_village_after_a_hamlet_is_its_address():
    names = _names("Bantuan diberikan kepada warga Dusun Bulu Tanah, Desa Lembang Baru, Rabu (5/3/2025).")
    assert "Desa Lembang Baru" in names


def test_a_village_is_named_as_the_body_writes_it_not_as_the_headline_in_capitals():
    text = ("WAKIL BUPATI TINJAU PANEN RAYA DI DESA SIDONDO, SIGI\n\n"
            "SIGI - Wakil Bupati meninjau panen raya di Desa Sidondo I, Kecamatan Sigi Biromaru, Kabupaten Sigi.")
    names = _names(text)
    assert "Desa Sidondo I" in names
    assert "Desa Sidondo" not in names
