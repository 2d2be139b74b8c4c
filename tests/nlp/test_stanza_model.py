"""The shipped stanza models (models/stanza-id) load from local paths and lemmatize."""
from __future__ import annotations

import os

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

from pipeline.nlp.stanza_adapter import load_stanza, lemmatize, local_model_paths, stanza_dir  # noqa: E402

MODEL_DIR = stanza_dir(None) if not os.environ.get("WARTA_STANZA_DIR") else None
pytestmark = pytest.mark.skipif(
    MODEL_DIR is None or not (MODEL_DIR / "resources.json").exists(),
    reason="models/stanza-id is not there (or WARTA_STANZA_DIR points elsewhere)",
)


def test_local_paths_point_into_the_model_dir():
    paths = local_model_paths(MODEL_DIR, ["tokenize", "mwt", "pos", "lemma"])
    for processor in ("tokenize", "mwt", "pos", "lemma"):
        path = paths[f"{processor}_model_path"]
        assert path.startswith(str(MODEL_DIR))
        assert os.path.getsize(path) > 0


def test_lemmatize_a_sentence():
    text = "Para petani menanam padi di sawah. Jembatan itu dibangun oleh pemerintah daerah."
    (words,) = lemmatize([text])
    forms = [w for w, _, _ in words]
    assert forms[:3] == ["Para", "petani", "menanam"]
    lemmas = {w: lemma for w, lemma, _ in words}
    upos = {w: tag for w, _, tag in words}
    assert lemmas["menanam"] == "tanam"
    assert lemmas["dibangun"] == "bangun"
    assert upos["di"] == "ADP"
    assert upos["."] == "PUNCT"
    assert upos["petani"] == "NOUN"
    assert all(lemma for _, lemma, _ in words)


def test_batches_and_empty_input():
    texts = ["Gubernur meresmikan jembatan.", "Bupati hadir di Palu."]
    results = lemmatize(texts)
    assert len(results) == 2
    assert results[1][-1] == (".", ".", "PUNCT")
    assert lemmatize([]) == []
    assert load_stanza() is load_stanza()
