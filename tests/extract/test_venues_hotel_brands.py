"""Hotels named by their chain's brand, without the word "Hotel"."""
from pipeline.extract import extract_text


def venues(text):
    return [v.name for v in extract_text(text, published="2025-03-01").venues]


def test_a_brand_that_says_hotel_in_its_own_word_is_a_venue():
    assert venues("Rapat koordinasi digelar di Swiss-Belhotel Silae Palu pada Senin (3/3/2025).") \
        == ["Swiss-Belhotel Silae"]


def test_a_brand_with_a_lowercase_word_is_one_name():
    assert venues("Temu inovator digelar di Four Points by Sheraton Makassar pada Senin (3/3/2025).") \
        == ["Four Points by Sheraton Makassar"]


def test_a_brand_that_is_also_a_name_word_is_a_venue_only_after_di():
    assert venues("Pelatihan itu berlangsung di Santika Mataram selama dua hari.") == ["Santika Mataram"]
    assert venues("Kepala Dinas Pariwisata, I Made Santika, hadir di Mataram pada Senin (3/3/2025).") == []


def test_national_hotel_chains_are_named_by_their_brand():
    assert venues("Rapat kerja teknis digelar di Grand Dafam Bela Ternate pada Senin (3/3/2025).") \
        == ["Grand Dafam Bela"]
    assert venues("Sosialisasi itu digelar di Grand Clarion Makassar pada Senin (3/3/2025).") \
        == ["Grand Clarion Makassar"]


def test_a_name_opening_with_an_elided_article_is_one_name():
    assert venues("Sosialisasi berlangsung di Hotel d’Maleo, Kamis (27/2/2025).") == ["Hotel d’Maleo"]
    assert venues("Pelatihan digelar di Café d'Bale Kota Kupang, Rabu (26/2/2025).") == ["Café d'Bale"]
