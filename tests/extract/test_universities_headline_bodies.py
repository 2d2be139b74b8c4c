"""A title-case headline's verb ends the body before it; a place word later in the headline ("Teknologi Tepat
Guna") is no seat of that body, so the body is one with its mention in the lead."""
from pipeline.extract import extract_text


def test_headline_body_merges_with_the_lead():
    text = ("Politeknik Negeri Kupang Gelar Lomba Inovasi Teknologi Tepat Guna\n\nKUPANG – Politeknik Negeri Kupang "
            "menggelar lomba inovasi di Gedung Serbaguna kampus, Rabu (9/10/2024).")
    orgs = [o.name for o in extract_text(text).organizations]
    assert orgs == ["Politeknik Negeri Kupang"]
