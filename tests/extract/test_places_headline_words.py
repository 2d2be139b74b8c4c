"""A headline capitalizes every word, so a capitalized word before a region there does not make the region part of
a name; bodies and posts in the headline are read as such ("Bupati Poso") and still keep their region out."""
from __future__ import annotations

from pipeline.extract import extract_text


def _places(text: str) -> set[str]:
    return {p.name for p in extract_text(text).places}


def test_region_after_a_common_word_in_the_headline():
    text = "Kemenpora Ajak Pemuda Indonesia Cintai Olahraga\nMALANG – Ratusan peserta mengikuti kegiatan itu."
    assert "Indonesia" in _places(text)


def test_cued_region_after_a_common_word_in_the_headline():
    text = "Rakor Pelayanan Tingkat Kecamatan Kota Cilegon\nRapat digelar di aula, Senin (3/3/2025)."
    assert "Kota Cilegon" in _places(text)


def test_region_of_a_post_in_the_headline_stays_out():
    text = "Bupati Sigi Tinjau Lahan Pertanian\nWarga menyambut kunjungan itu dengan gembira."
    assert "Kabupaten Sigi" not in _places(text)


def test_all_caps_headline_keeps_names_whole():
    text = "PESTA OLAHRAGA SEOUL 2025 DIBUKA\nRibuan atlet hadir pada pembukaan."
    assert "Seoul" not in _places(text)


def test_a_landform_in_the_headline_ends_before_its_verb():
    text = ("Gunung Api Ibu Naik Status, Warga Lima Desa Diungsikan\nJAILOLO – Warga diungsikan dari lereng Gunung Ibu."
            "\nSungai Kalukku Meluap\nAir merendam rumah warga.")
    got = _places(text)
    assert "Gunung Ibu" in got and not any(n.startswith("Gunung Api") for n in got)
    assert _places("Gunung Lewotobi Erupsi Lagi, Warga Diminta Waspada\nLARANTUKA – Warga diminta waspada.") \
        >= {"Gunung Lewotobi"}


def test_a_village_in_the_headline_ends_before_its_verb():
    text = ("Penyaluran Bantuan Pangan di Desa Sidole Berjalan Tertib\n"
            "AMPIBABO – Pemerintah Desa Sidole, Kecamatan Ampibabo, menyalurkan bantuan pangan, Rabu (5/3/2025).")
    got = _places(text)
    assert "Desa Sidole" in got and not any(n.startswith("Desa Sidole ") for n in got)
    text = "Warga Desa Tosoa Tanam Pohon di Bantaran Sungai\nJAILOLO – Warga bersama Babinsa menanam 200 pohon."
    got = _places(text)
    assert "Desa Tosoa" in got and not any(n.startswith("Desa Tosoa ") for n in got)
