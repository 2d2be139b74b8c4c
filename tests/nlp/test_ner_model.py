"""The shipped NER model (models/ner-id) loads and finds people and places."""
from __future__ import annotations

import json

import pytest

from pipeline.nlp.ner import default_ner_path, load_ner, ner_entities

pytestmark = pytest.mark.skipif(
    not (default_ner_path() / "meta.json").exists(), reason="models/ner-id is not there"
)

SENTENCE = "Gubernur Sulawesi Tengah Rusdy Mastura meresmikan jembatan di Palu."


def _found(text: str, entities) -> set[tuple[str, str]]:
    return {(text[start:end], label) for start, end, label in entities}


def test_meta_names_the_model_and_its_scores():
    meta = json.loads((default_ner_path() / "meta.json").read_text())
    assert meta["name"] == "warta_ner_id"
    assert meta["version"]
    scores = meta["performance"]["test_by_corpus"]
    assert set(scores) == {"nergrit", "nerp", "idner"}
    assert set(load_ner().get_pipe("ner").labels) == {"PER", "ORG", "LOC"}
    assert load_ner().pipe_names == ["tok2vec", "ner", "cased_entity_filter"]


def test_no_lowercase_entity_in_cased_text():
    text = "Bupati Kendal meninjau kebun cabe dan pepaya milik warga jawa di Desa Sukorejo."
    (entities,) = ner_entities([text])
    assert all(any(ch.isupper() or ch.isdigit() for ch in text[start:end]) for start, end, _ in entities)


def test_finds_the_governor_and_the_town():
    (entities,) = ner_entities([SENTENCE])
    found = _found(SENTENCE, entities)
    assert ("Rusdy Mastura", "PER") in found
    assert ("Palu", "LOC") in found
    # the province inside the title is a LOC for NERGrit, and left out of the title by warta's silver
    # sentences (a place inside a title is not a place fact), so either reading is accepted here
    assert not any(label != "LOC" for text, label in found if text == "Sulawesi Tengah")


def test_finds_a_province_after_a_locative():
    text = "Rapat koordinasi digelar di Kota Palu, Sulawesi Tengah, pada Senin."
    (entities,) = ner_entities([text])
    assert ("Sulawesi Tengah", "LOC") in _found(text, entities)


def test_offsets_labels_and_batching():
    texts = [
        SENTENCE,
        "",
        "Menteri Kesehatan Budi Gunadi Sadikin mengunjungi RSUD Undata di Kota Palu, Sulawesi Tengah.",
        "Presiden Joko Widodo tiba di Jakarta pada Senin pagi.",
    ]
    results = ner_entities(texts, batch_size=2)
    assert len(results) == len(texts)
    assert results[1] == []
    for text, entities in zip(texts, results):
        for start, end, label in entities:
            assert 0 <= start < end <= len(text)
            assert text[start:end].strip() == text[start:end]
            assert label in {"PER", "ORG", "LOC"}
    assert ("Joko Widodo", "PER") in _found(texts[3], results[3])
    assert ("Jakarta", "LOC") in _found(texts[3], results[3])


# Release sentences with one official each: the model must find most names exactly (it is a
# statistical model, so one miss is allowed; the rules, not the model, are warta's first source).
NAMED = [
    ("Menteri Kesehatan Budi Gunadi Sadikin mengunjungi RSUD Undata di Kota Palu.", "Budi Gunadi Sadikin"),
    ("Gubernur Jawa Barat Asep Hidayat membuka pameran UMKM di Bandung.", "Asep Hidayat"),
    ("Kegiatan itu dihadiri Bupati Garut Yana Suryana dan para camat.", "Yana Suryana"),
    ("Kepala Dinas Pendidikan, Suharyanto, meminta sekolah menyiapkan data siswa.", "Suharyanto"),
    ("Sekretaris Daerah Kota Medan, Wiratma Alhadi, memimpin rapat koordinasi.", "Wiratma Alhadi"),
    ("Rapat dipimpin Asisten Perekonomian Setda Provinsi Riau, Muhammad Jaka Kurniadi.", "Muhammad Jaka Kurniadi"),
]


def test_finds_most_official_names_exactly():
    results = ner_entities([text for text, _ in NAMED])
    found = sum((name, "PER") in _found(text, entities) for (text, name), entities in zip(NAMED, results))
    assert found >= len(NAMED) - 1, found


def test_model_is_loaded_once():
    assert load_ner() is load_ner()


def test_the_words_only_load_tags_docs_of_words_like_the_full_model():
    from spacy.tokens import Doc

    full, light = load_ner(), load_ner(words_only=True)
    assert light is not full and light.pipe_names == full.pipe_names
    words = SENTENCE.replace(".", " .").split()
    ents = [[(e.start, e.end, e.label_) for e in nlp(Doc(nlp.vocab, words=words)).ents] for nlp in (full, light)]
    assert ents[0] == ents[1] and ents[0]
