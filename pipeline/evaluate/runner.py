"""Run extraction over a folder of gold files ({text, published, gold}) and aggregate the scores."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.evaluate.scoring import Report, aggregate, score_document
from pipeline.extract.run import extract_document
from pipeline.normalize.document import make_document
from pipeline.settings import Settings


@dataclass
class DocumentResult:
    name: str
    gold: dict[str, Any]
    pred: dict[str, Any]
    scores: dict[str, Any]


def load_gold(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    for key in ("text", "gold"):
        if key not in data:
            raise ValueError(f"{path}: gold file has no '{key}' field")
    return data


def evaluate_dir(gold_dir: Path, split: str | None = None, settings: Settings | None = None,
                 publishers: set[str] | None = None) -> tuple[Report, list[DocumentResult]]:
    """Scores of every gold file in `gold_dir` (only those of `split`, and of `publishers`, when given)."""
    files = sorted(Path(gold_dir).glob("*.json"))
    if not files:
        raise FileNotFoundError(f"no gold files (*.json) in {gold_dir}")
    results = []
    for path in files:
        data = load_gold(path)
        if split is not None and data.get("split") != split:
            continue
        if publishers is not None and data.get("publisher") not in publishers:
            continue
        # Fed as `warta extract --published DATE` would be: the text alone (its headline is its first line).
        document = make_document(data["text"], source=str(path), published=data.get("published"))
        pred = extract_document(document, settings=settings).to_json()
        results.append(DocumentResult(path.stem, data["gold"], pred, score_document(data["gold"], pred)))
    if not results:
        raise ValueError(f"no gold files of split {split!r} in {gold_dir}")
    return aggregate([r.scores for r in results]), results
