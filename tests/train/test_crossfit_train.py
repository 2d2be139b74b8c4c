"""Fold models for the cross-fitted evaluation, fine-tuned for one epoch from the shipped NER (a few minutes)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.paths import MODELS_DIR, REPO_DIR

DATA = REPO_DIR.parent / "shared" / "data"

pytestmark = [
    pytest.mark.training,
    pytest.mark.skipif(not (DATA / "ner" / "nergrit").is_dir(), reason="shared/data is not beside the repo"),
]


def test_one_model_per_fold_that_never_saw_the_fold(tmp_path: Path):
    from pipeline.evaluate.crossfit import evaluate_crossfit
    from pipeline.train.crossfit import fit_fold_models

    gold = tmp_path / "gold"
    gold.mkdir()
    releases = [("Dinas A", "Kepala Dinas Kesehatan Kabupaten Sigi, Rahmat Hidayat, membuka rapat di Palu."),
                ("Dinas A", "Bupati Sigi Mohamad Yasin meninjau vaksinasi di Desa Bora."),
                ("Kodim B", "Dandim 1306/Kota Palu Letkol Inf Budi Santoso membuka karya bakti di Palu.")]
    for i, (publisher, text) in enumerate(releases):
        names = [n for n in ("Rahmat Hidayat", "Mohamad Yasin", "Budi Santoso") if n in text]
        (gold / f"r{i}.json").write_text(json.dumps({"text": text, "publisher": publisher, "split": "train", "gold": {
            "persons": [{"name": n} for n in names], "organizations": [], "places": [{"name": "Palu"}],
            "venues": [], "dates": [], "themes": [], "topics": [], "representations": [], "main_event": None}}))
    result = fit_fold_models(MODELS_DIR / "ner-id", gold, DATA, tmp_path / "folds", k=2, epochs=1,
                             word_lists_from=MODELS_DIR / "ner-id")
    assert result["folds"] == [["Dinas A"], ["Kodim B"]]
    assert [s["documents"] for s in result["scores"]] == [2, 1]
    for i in range(2):
        assert (tmp_path / "folds" / f"fold-{i}" / "meta.json").exists()
        assert (tmp_path / "folds" / f"fold-{i}" / "name_openers.txt").exists()
    report, results = evaluate_crossfit(gold, tmp_path / "folds")
    assert report.documents == 3 and sorted(r.name for r in results) == ["r0", "r1", "r2"]
