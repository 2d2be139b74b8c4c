"""Fold models for a cross-fitted evaluation of the NER's part in extraction.

The shipped NER is fine-tuned on every release of the real train split, so scoring extraction on that split
with it says how warta reads releases its model has already seen. Cross-fitting gives the figure for unseen
publishers without touching the test split: the train releases are cut into folds by publisher, one NER is
fine-tuned per fold without that fold's publishers (the shipped recipe, `ner_releases.fine_tune`), and each
release is then scored with the model that never saw its publisher (`pipeline.evaluate.crossfit`).
"""
from __future__ import annotations

import json
import shutil
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from pipeline.train.ner_releases import fine_tune, load_gold, raw_texts

FOLDS_FILE = "folds.json"
WORD_LISTS = ("known_words.txt", "name_openers.txt")  # read next to the model at run time; not fold-specific


def publisher_folds(records: Sequence[dict], k: int = 4) -> list[list[str]]:
    """Publishers cut into `k` folds of about as many releases each: the largest publisher first, each into
    the fold that has fewest releases so far (ties by name, so the cut is the same on every machine)."""
    counts = Counter(r.get("publisher") or "" for r in records)
    folds: list[list[str]] = [[] for _ in range(k)]
    sizes = [0] * k
    for publisher, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        i = sizes.index(min(sizes))
        folds[i].append(publisher)
        sizes[i] += n
    return folds


def fit_fold_models(base_model: Path, gold_dir: Path, data_root: Path, out_dir: Path, *, k: int = 4,
                    epochs: int = 4, word_lists_from: Path | None = None) -> dict:
    """One fine-tuned NER per fold under ``out_dir/fold-<i>`` and the folds in ``out_dir/folds.json``.

    ``base_model``: the NER before its release fine-tune (ner-id 0.4.0, `warta train ner --seed 2`);
    ``data_root``: ../shared/data; ``word_lists_from``: a model folder whose run-time word lists are copied in."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    records = load_gold(gold_dir, split="train")
    folds = publisher_folds(records, k)
    releases, _ = raw_texts(data_root)
    scores = []
    for i, held in enumerate(folds):
        fold_dir = out_dir / f"fold-{i}"
        result = fine_tune(base_model, gold_dir, data_root / "ner", fold_dir, holdout_publishers=held,
                           text_for_common=releases, epochs=epochs)
        for name in WORD_LISTS:
            source = Path(word_lists_from or base_model) / name
            if source.exists():
                shutil.copy(source, fold_dir / name)
        scores.append({"fold": i, "publishers": len(held), "documents": result["holdout_documents"],
                       "holdout": result["holdout"]})
    (out_dir / FOLDS_FILE).write_text(json.dumps({"folds": folds, "scores": scores}, indent=2) + "\n")
    return {"folds": folds, "scores": scores}


def read_folds(folds_dir: Path) -> list[tuple[Path, list[str]]]:
    """(model folder, publishers it never saw) for each fold written by `fit_fold_models`."""
    path = Path(folds_dir) / FOLDS_FILE
    if not path.exists():
        raise FileNotFoundError(f"no {FOLDS_FILE} in {folds_dir} (make the fold models with `warta train crossfit`)")
    folds = json.loads(path.read_text())["folds"]
    return [(Path(folds_dir) / f"fold-{i}", held) for i, held in enumerate(folds)]
