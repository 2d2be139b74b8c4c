"""Soft distillation end to end on tiny models trained from the shared corpora (minutes)."""
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


def test_distill_ner_quick_into_a_trained_student(tmp_path: Path):
    import spacy

    from experiments.ner_soft_distill import distill_ner
    from pipeline.train.ner import train_ner
    from pipeline.train.vectors import nlp_id_data_file

    if nlp_id_data_file() is None:
        pytest.skip("nlp-id (the news sentences) is not installed")
    data = tmp_path / "data"
    teachers = [Path(train_ner(DATA, tmp_path / f"t{seed}", quick=True, vectors=None, seed=seed,
                               build_dir=data)["model_dir"]) for seed in (0, 1)]
    result = distill_ner(teachers[0], teachers, tmp_path / "student", data_root=DATA / "ner", build_dir=data,
                         quick=True, max_steps=40)
    assert result["distillation"]["steps"] == 40
    assert [h["step"] for h in result["distillation"]["dev_log"]] == [0, 20, 40]
    assert set(result["test"]) == {"nergrit", "nerp", "idner"}
    nlp = spacy.load(result["model_dir"])
    assert nlp.pipe_names == ["tok2vec", "ner", "cased_entity_filter"]
    assert nlp.meta["version"] == json.loads((Path(teachers[0]) / "meta.json").read_text())["version"]
