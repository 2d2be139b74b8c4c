"""A country's short form in capitals names the country after a locative word or in a list of countries; elsewhere it
qualifies a currency, a post or a body. "Tanah Suci" names the Holy Land."""
from __future__ import annotations

from pipeline.extract import extract_text


def _places(text: str) -> set[str]:
    return {p.name for p in extract_text(text).places}


def test_short_form_after_a_locative_word():
    assert "Amerika Serikat" in _places("Ekonomi\nDi AS, permintaan barang modal melemah pada kuartal itu.")


def test_short_form_in_a_list_of_countries():
    assert "Amerika Serikat" in _places("Ekspor\nPermintaan dari Jepang, Korea Selatan dan AS meningkat tajam.")


def test_short_form_of_a_currency_or_a_post_is_no_place():
    assert "Amerika Serikat" not in _places("Kurs\nRupiah menguat terhadap dolar AS, kata Presiden AS kemarin.")


def test_holy_land():
    assert "Tanah Suci" in _places("Haji\nRombongan jemaah asal Kabupaten Lombok Timur tiba di Tanah Suci pagi ini.")
