"""Seas and oceans are places; a capitalized common word before a region does not make it part of a name."""
from __future__ import annotations

from pipeline.extract import extract_text


def _places(text: str) -> list[str]:
    return [p.name for p in extract_text(text).places]


def test_seas_and_oceans_named_with_their_cue():
    names = _places("Peringatan Dini\nGelombang tinggi berpotensi terjadi di Samudra Hindia barat Bengkulu dan "
                    "Laut Jawa bagian timur.")
    assert {"Samudra Hindia", "Laut Jawa"} <= set(names)


def test_a_lowercase_sea_is_no_place_cue():
    names = _places("Peringatan Dini\nGempa berpusat di laut 25 km barat daya Kabupaten Pangandaran.")
    assert names == ["Kabupaten Pangandaran"]


def test_one_common_word_before_a_region_is_not_a_name():
    names = _places("Kapal Tenggelam\nKapal nelayan tenggelam di Perairan Kepulauan Seribu. Erupsi Gunung Merapi "
                    "terpantau sejak pagi.")
    assert {"Kabupaten Kepulauan Seribu", "Gunung Merapi"} <= set(names)


def test_a_run_of_capitalized_words_before_a_region_is_a_name():
    names = _places("Jembatan Baru\nJembatan ini memudahkan operasional Kereta Cepat Jakarta Bandung, kata "
                    "pejabat Dinas Perhubungan.")
    assert "DKI Jakarta" not in names


def test_a_common_word_joined_to_a_cue_inside_a_sentence_is_a_compound():
    names = _places("Konsultasi Publik\nKementerian menyusun Peta Jalan Kecerdasan Artifisial Nasional tahun ini.")
    assert not any(n.startswith("Jalan") for n in names)


def test_a_common_spelling_of_a_citys_name():
    names = _places("Gempa Bumi\nGetaran gempa dirasakan warga Kota Padang Sidempuan dan Tapanuli Selatan.")
    assert "Kota Padangsidimpuan" in names and "Kota Padang" not in names


def test_a_continent_with_a_compass_word_is_one_region_and_a_country_stays_a_country():
    names = _places("Kerja Sama Kawasan\nForum itu mempertemukan negara di Eropa Timur dan Asia Tengah dengan "
                    "Afrika Selatan.")
    assert {"Eropa Timur", "Asia Tengah", "Afrika Selatan"} <= set(names)
    assert "Eropa" not in names and "Asia" not in names


def test_the_unitary_state_names_the_country_and_a_post_of_the_republic_does_not():
    assert "Indonesia" in _places("Bela Negara\nPrajurit bersumpah setia pada Negara Kesatuan Republik Indonesia (NKRI).")
    assert "Indonesia" not in _places("Kunjungan\nWakil Presiden Republik Indonesia meninjau pasar rakyat.")


def test_lowercase_mountains_of_a_region_are_that_region_and_a_capitalized_range_is_a_place():
    found = _places("Relawan mengantar bantuan ke kampung-kampung di pegunungan Papua dan ke lereng Pegunungan "
                    "Sewutengah.")
    assert "pegunungan Papua" not in found and "Papua" in found
    assert "Pegunungan Sewutengah" in found
