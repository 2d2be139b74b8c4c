"""A street named after a hero keeps the hero's shortened titles and initials."""
from __future__ import annotations

from pipeline.extract import extract_text


def _places(text: str) -> list[str]:
    return [p.name for p in extract_text(text).places]


def test_a_street_named_with_shortened_titles_runs_to_the_heros_name():
    places = _places("Perbaikan Drainase\nPetugas membersihkan saluran di Jl. Ir. H. Djuanda dan Jalan KH. Ahmad "
                     "Dahlan, lalu pindah ke Jalan P. Diponegoro.")
    assert {"Jl. Ir. H. Djuanda", "Jalan KH. Ahmad Dahlan", "Jalan P. Diponegoro"} <= set(places)


def test_a_street_at_a_sentences_end_takes_no_word_of_the_next_sentence():
    places = _places("Kerja Bakti\nWarga bergotong royong di Jalan Sudirman. Kemudian petugas pulang.")
    assert "Jalan Sudirman" in places
