"""Weather and disaster releases: the waters, islands and mountains their warnings name."""
from __future__ import annotations

from pipeline.extract import extract_text


def _places(text: str) -> list[str]:
    return [p.name for p in extract_text(text).places]


def test_capitalized_perairan_before_an_island_or_a_strait_names_that_place():
    names = _places("Peringatan Dini Gelombang\nOmbak setinggi tiga meter diprakirakan melanda Perairan Pulau Wetar "
                    "dan Perairan Selat Ombai hingga Kamis.")
    assert {"Pulau Wetar", "Selat Ombai"} <= set(names)
