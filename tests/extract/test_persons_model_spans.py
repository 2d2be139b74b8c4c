"""Persons where the NER reads a person span that is a degree, an English body, the pilgrimage or a quoted name.

The shipped model never tags these invented sentences so, and the rules must hold whatever model is plugged in:
the tests load another spaCy NER pipeline through the `ner_model` setting (an entity ruler, saved to disk and
loaded like any model) that reads exactly these spans as persons."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.extract import extract_text
from pipeline.settings import Settings

PERSON_SPANS = [
    [{"TEXT": "M."}, {"TEXT": "SI"}, {"IS_SPACE": True}, {"TEXT": "Siti"}, {"TEXT": "Rahayu"}, {"TEXT": "Putri"}],
    "Maritime Diplomacy Forum",
    "Manasik Haji",
    "Cahaya Hati Pelita Nusantara",
]


@pytest.fixture(scope="module")
def ruler_settings(tmp_path_factory) -> Settings:
    import spacy

    nlp = spacy.blank("id")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PER", "pattern": p} for p in PERSON_SPANS])
    folder: Path = tmp_path_factory.mktemp("ruler-ner")
    nlp.to_disk(folder)
    return Settings(ner_model=str(folder))


def _names(text: str, settings: Settings) -> list[str]:
    return [p.name for p in extract_text(text, settings=settings).persons]


def test_a_degree_written_with_a_space_is_no_person(ruler_settings):
    # the model's person span runs from a degree written "M. SI" over the line break into the next name
    names = _names("Judul berita\nRapat dihadiri lima orang secara luring, yaitu :\nAndi Wijaya (Provinsi Jambi)\n"
                   "Rina Sari, S.E., M.M.\nDewi lestari, M. SI\nSiti Rahayu Putri, S.ST\nSelesai.", ruler_settings)
    assert "M. SI" not in names
    assert "Siti Rahayu Putri" in names


def test_an_english_phrase_the_model_closes_with_a_body_word_is_no_person(ruler_settings):
    # a name read inside "Maritime Diplomacy Forum" stops before "Forum"; the model's span says it is a thing
    assert _names("Judul berita\nKementerian Luar Negeri menyelenggarakan kegiatan Maritime Diplomacy Forum on Ocean "
                  "Security di Jakarta, Senin. Kegiatan itu dihadiri para duta besar.", ruler_settings) == []


def test_haji_closing_words_is_the_pilgrimage_not_a_name(ruler_settings):
    # "Haji" opens a pilgrim's name, it never closes one
    assert _names("Judul berita\nKantor Kemenag menggelar acara. Bimbingan Manasik Haji Kota Langsa dibuka Wali Kota "
                  "Langsa. Peserta Manasik Haji berjumlah 300 orang.", ruler_settings) == []


def test_a_quoted_name_of_an_event_is_no_person(ruler_settings):
    assert _names("Judul berita\nWarga Kota Kendari menghadiri acara kebangsaan “Cahaya Hati Pelita Nusantara: Doa "
                  "Bersama” di Masjid Raya, Jumat. Acara itu diikuti ribuan warga.", ruler_settings) == []
