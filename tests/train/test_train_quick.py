"""End-to-end training of tiny models (quick=True) from the shared corpora, in a tmp dir."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.paths import REPO_DIR

DATA = REPO_DIR.parent / "shared" / "data"

pytestmark = [
    pytest.mark.training,
    pytest.mark.skipif(not (DATA / "ner" / "nergrit").is_dir(), reason="shared/data is not beside the repo"),
]


def test_train_ner_quick(tmp_path: Path):
    import spacy

    from pipeline.train.ner import train_ner

    result = train_ner(DATA, tmp_path / "ner", quick=True)
    model_dir = Path(result["model_dir"])
    assert (model_dir / "meta.json").exists()
    assert set(result["test"]) == {"nergrit", "nerp", "idner"}
    for scores in result["test"].values():
        assert 0.0 <= scores["f"] <= 100.0
    meta = json.loads((model_dir / "meta.json").read_text())
    assert meta["name"] == "warta_ner_id"
    assert json.loads((tmp_path / "ner" / "scores.json").read_text())["test"] == result["test"]
    nlp = spacy.load(model_dir)
    assert nlp.pipe_names == ["tok2vec", "ner", "cased_entity_filter"]
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC"}
    # trained floret vectors travel with the model and cover unseen words through subwords
    assert nlp.vocab.vectors.mode == "floret"
    assert nlp.vocab.vectors.shape == (2000, 16)
    assert nlp.vocab["Kabupatennya"].has_vector
    nlp("Gubernur Sulawesi Tengah meresmikan jembatan di Palu.")


def test_train_ner_quick_with_auxiliary_pos_task(tmp_path: Path):
    import spacy

    from pipeline.train.ner import train_ner
    from pipeline.train.vectors import nlp_id_data_file

    if nlp_id_data_file() is None:
        pytest.skip("nlp-id (the POS data) is not installed")
    result = train_ner(DATA, tmp_path / "ner", quick=True, vectors=None, pos_aux=100)
    assert result["data"]["pos_aux"] == 100
    # the tagger shaped the tok2vec during training and is gone from the saved model
    assert "pos_aux" in (tmp_path / "ner" / "train-config.cfg").read_text()
    assert spacy.load(result["model_dir"]).pipe_names == ["tok2vec", "ner", "cased_entity_filter"]


def test_train_stanza_quick(tmp_path: Path):
    from pipeline.nlp.stanza_adapter import build_pipeline
    from pipeline.train.stanza_train import train_stanza

    report = train_stanza(DATA / "ud", tmp_path / "stanza", processors=("tokenize", "lemma"), quick=True)
    out = tmp_path / "stanza"
    assert (out / "resources.json").exists()
    assert (out / "id" / "tokenize" / "warta.pt").exists()
    assert (out / "id" / "lemma" / "warta.pt").exists()
    assert set(report["test"]) == {"gsd", "csui"}
    # a 40-step tokenizer may garble text, which the UD scorer refuses: then an error is recorded
    for scores in report["test"].values():
        assert "Tokens" in scores or "error" in scores
    nlp = build_pipeline(out, "tokenize,lemma")
    doc = nlp("Gubernur meresmikan jembatan di Palu.")
    words = [w for sentence in doc.sentences for w in sentence.words]
    assert words and all(w.lemma is not None for w in words)
