"""Cross-fitted evaluation: folds of publishers, and each release scored with its own fold's NER."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.evaluate.crossfit import evaluate_crossfit
from pipeline.evaluate.runner import evaluate_dir
from pipeline.paths import MODELS_DIR
from pipeline.train.crossfit import publisher_folds, read_folds

RELEASES = {
    "a1": ("Dinas A", "Rapat Kerja Dinas\nKepala Dinas Kesehatan Kabupaten Sigi, Rahmat Hidayat, membuka rapat di Palu."),
    "a2": ("Dinas A", "Vaksinasi Massal\nBupati Sigi Mohamad Yasin meninjau vaksinasi di Desa Bora, Kabupaten Sigi."),
    "b1": ("Kodim B", "Karya Bakti\nDandim 1306/Kota Palu Letkol Inf Budi Santoso membuka karya bakti di Palu."),
}
GOLD = {"persons": [], "organizations": [], "places": [], "venues": [], "dates": [], "themes": [], "topics": [],
        "representations": [], "main_event": None}


def _gold_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "gold"
    folder.mkdir()
    for name, (publisher, text) in RELEASES.items():
        (folder / f"{name}.json").write_text(json.dumps(
            {"text": text, "published": "2024-05-02", "gold": GOLD, "publisher": publisher, "split": "train"}))
    return folder


def test_publishers_are_cut_into_folds_of_about_as_many_releases():
    records = [{"publisher": p} for p in ["A"] * 5 + ["B"] * 3 + ["C"] * 2 + ["D"] * 2 + ["E"]]
    folds = publisher_folds(records, k=2)
    assert folds == [["A", "D"], ["B", "C", "E"]]
    assert publisher_folds(list(reversed(records)), k=2) == folds  # the same cut whatever the order
    assert sorted(p for f in folds for p in f) == ["A", "B", "C", "D", "E"]


def test_evaluation_keeps_only_the_publishers_asked_for(tmp_path: Path):
    report, results = evaluate_dir(_gold_dir(tmp_path), split="train", publishers={"Dinas A"})
    assert [r.name for r in results] == ["a1", "a2"]
    assert report.documents == 2


def test_each_release_is_scored_once_with_the_model_of_its_fold(tmp_path: Path):
    folds_dir = tmp_path / "folds"
    folds_dir.mkdir()
    for i in range(2):
        (folds_dir / f"fold-{i}").symlink_to(MODELS_DIR / "ner-id")
    (folds_dir / "folds.json").write_text(json.dumps({"folds": [["Dinas A"], ["Kodim B"]]}))
    assert [(p.name, held) for p, held in read_folds(folds_dir)] == [("fold-0", ["Dinas A"]), ("fold-1", ["Kodim B"])]
    report, results = evaluate_crossfit(_gold_dir(tmp_path), folds_dir)
    assert [r.name for r in results] == ["a1", "a2", "b1"]
    assert report.documents == 3
    plain, _ = evaluate_dir(tmp_path / "gold", split="train")
    assert report.to_json() == plain.to_json()  # the same model in every fold: the same figures


def test_missing_fold_models_are_a_clear_error(tmp_path: Path):
    with pytest.raises(FileNotFoundError, match="warta train crossfit"):
        evaluate_crossfit(_gold_dir(tmp_path), tmp_path / "nowhere")
