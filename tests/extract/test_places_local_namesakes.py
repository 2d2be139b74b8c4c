"""A bare name after a locative word in a release about one province is that province's namesake, not a far region."""
from __future__ import annotations

from pipeline.extract import extract_text


def _places(text: str) -> list[tuple[str, str]]:
    return [(p.name, p.kind) for p in extract_text(text).places]


def test_a_far_kabupatens_name_is_the_village_of_that_name_in_the_documents_province():
    places = _places("Uji Coba Bus Listrik\nJakarta Pusat - Rombongan menaiki bus listrik dari Manggarai menuju "
                     "Tanah Abang pada Senin pagi.")
    assert ("Manggarai", "desa") in places
    assert not any(name == "Kabupaten Manggarai" for name, _ in places)


def test_a_far_kabupaten_named_with_its_cue_stays():
    places = _places("Studi Banding\nJakarta Pusat - Rombongan dari Kabupaten Manggarai tiba di Tanah Abang.")
    assert ("Kabupaten Manggarai", "kabupaten") in places
