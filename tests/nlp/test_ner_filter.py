"""cased_entity_filter: all-lowercase entities are dropped from text written in case."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from pipeline.nlp.ner_filter import FACTORY, is_cased


def _doc_with_ents(nlp, words, ents):
    doc = Doc(nlp.vocab, words=words)
    doc.ents = [Span(doc, start, end, label) for start, end, label in ents]
    return doc


def test_lowercase_entity_is_dropped_from_cased_text():
    nlp = spacy.blank("id")
    nlp.add_pipe(FACTORY)
    doc = _doc_with_ents(nlp, ["Warga", "aceh", "bertemu", "Gubernur", "Aceh"], [(1, 2, "LOC"), (4, 5, "LOC")])
    doc = nlp.get_pipe(FACTORY)(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Aceh", "LOC")]
    assert doc[1].ent_iob_ == "O"


def test_lowercase_text_keeps_every_entity():
    nlp = spacy.blank("id")
    nlp.add_pipe(FACTORY)
    doc = _doc_with_ents(nlp, ["warga", "aceh", "bertemu", "gubernur"], [(1, 2, "LOC")])
    assert not is_cased(doc)
    assert [e.text for e in nlp.get_pipe(FACTORY)(doc).ents] == ["aceh"]


def test_digits_count_as_marked():
    nlp = spacy.blank("id")
    nlp.add_pipe(FACTORY)
    doc = _doc_with_ents(nlp, ["Di", "Jalan", "km", "5", "Palu"], [(2, 4, "LOC")])
    assert [e.text for e in nlp.get_pipe(FACTORY)(doc).ents] == ["km 5"]


def test_the_filter_survives_saving_and_loading(tmp_path):
    nlp = spacy.blank("id")
    nlp.add_pipe(FACTORY, config={"min_marked": 2})
    nlp.to_disk(tmp_path / "p")
    loaded = spacy.load(tmp_path / "p")
    assert loaded.pipe_names == [FACTORY]
    assert loaded.get_pipe(FACTORY).min_marked == 2
