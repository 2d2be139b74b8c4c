"""A government programme named before a post ("Asta Cita Presiden RI") is no person."""
from pipeline.extract import extract_text


def names(text):
    return {p["name"] for p in extract_text(text, published="2024-03-05").to_json()["persons"]}


def test_programme_named_before_a_post_is_not_a_person():
    got = names("Panen Raya Jagung\nPanen ini mendukung Asta Cita Presiden RI untuk mewujudkan "
                "kemandirian pangan, kata Camat Budi Santoso.")
    assert "Asta Cita" not in got
    assert "Budi Santoso" in got
