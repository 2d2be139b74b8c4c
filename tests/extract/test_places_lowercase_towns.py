"""A release typed without capitals names its towns in lowercase: after a locative, a kecamatan or village of the
release's kabupaten whose first word is no word of running text is a place ("di daerah martapura kota")."""
from __future__ import annotations

from tests.extract.readers import places_found as places


def test_a_lowercase_kecamatan_after_a_locative_is_a_place():
    found = places("bpbd kab banjar memantau ketinggian air. genangan di daerah astambul mulai surut sejak pagi.")
    assert ("Astambul", "kecamatan", "63.03.07") in found


def test_the_town_word_after_it_stays_with_the_name():
    found = places("Bupati Parigi Moutong meninjau banjir. air sudah surut di tinombo selatan sejak kemarin sore.")
    assert ("Tinombo Selatan", "kecamatan", "72.08.10") in found


def test_a_word_of_running_text_after_a_locative_is_no_town():
    found = places("Bupati Parigi Moutong meninjau banjir. Bantuan dikirim ke lokasi, warga di sana senang sekali.")
    assert [kind for _, kind, _ in found if kind in ("kecamatan", "desa")] == []


def test_a_lowercase_name_in_a_capitalized_sentence_is_left_alone():
    found = places("Bupati Parigi Moutong meninjau banjir. Bantuan untuk Kecamatan Sausu dikirim, air sudah surut di tinombo selatan.")
    assert ("Tinombo Selatan", "kecamatan", "72.08.10") not in found
