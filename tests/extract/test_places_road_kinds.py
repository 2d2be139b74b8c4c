"""'Jalan' before a kind of road names a road built, not a street."""
from pipeline.extract import extract_text


def _places(text):
    return {p.name for p in extract_text(text, published="2025-03-01").places}


def test_a_farm_road_is_no_street():
    names = _places("DONGGALA - Bupati meresmikan Jalan Usaha Tani di Desa Sidole, Senin (24/2/2025). "
                    "Jalan Usaha Tani itu sepanjang 2 kilometer.")
    assert not any(n.startswith("Jalan") for n in names)
    assert "Desa Sidole" in names


def test_a_street_named_with_common_words_stays():
    assert "Jalan Pemuda" in _places("POSO - Warga Jalan Pemuda menanam pohon, Senin (24/2/2025).")
