"""Cross-fitted scores of the real train split: each release extracted with the fold NER that never saw its
publisher (`pipeline.train.crossfit`), then scored like `evaluate_dir`."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pipeline.evaluate.runner import DocumentResult, evaluate_dir
from pipeline.evaluate.scoring import Report, aggregate
from pipeline.settings import Settings
from pipeline.train.crossfit import read_folds


def evaluate_crossfit(gold_dir: Path, folds_dir: Path, split: str = "train",
                      settings: Settings | None = None) -> tuple[Report, list[DocumentResult]]:
    settings = settings or Settings()
    results: list[DocumentResult] = []
    for model_dir, publishers in read_folds(folds_dir):
        _, fold_results = evaluate_dir(gold_dir, split=split, settings=replace(settings, ner_model=str(model_dir)),
                                       publishers=set(publishers))
        results += fold_results
    results.sort(key=lambda r: r.name)
    return aggregate([r.scores for r in results]), results
