"""Train the policy-topic classifier shipped in models/topics/.

Training data, from most to least trusted:
- pipeline/train/topic_snippets.tsv: short labelled sentences in the style of releases;
- tests/fixtures/corpus_gold/*.json: the project's own corpus releases with gold topics (when present);
- weak labels: corpus/*.txt releases without gold, labelled by the portfolio of the first agency named in the
  lead (data/portfolio_topics.tsv).
Features are TF-IDF over words (1-2 grams) and character n-grams; the model is a logistic regression whose
probabilities the topics extractor combines with portfolio and keyword priors.
"""
from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

import joblib
import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import StratifiedKFold, cross_val_predict
from sklearn.pipeline import FeatureUnion, Pipeline

from pipeline.paths import CORPUS_DIR, MODELS_DIR, REPO_DIR
from pipeline.tables import load_tsv

SNIPPETS = Path(__file__).resolve().parent / "topic_snippets.tsv"
CORPUS_GOLD = REPO_DIR / "tests" / "fixtures" / "corpus_gold"
HELD_OUT = REPO_DIR.parent / "shared" / "eval" / "dev"  # evaluation releases: never trained on
MODEL_FILE = "model.joblib"
WEAK_WEIGHT = 0.5  # weight of a weakly labelled release relative to a gold one


def topic_labels() -> list[str]:
    return [row["label"] for row in load_tsv("topic_keywords")]


def load_snippets(path: Path = SNIPPETS) -> tuple[list[str], list[str]]:
    texts, labels = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("label\t"):
            continue
        label, text = line.split("\t", 1)
        texts.append(text.strip())
        labels.append(label.strip())
    return texts, labels


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))[:300]


def held_out_keys(folder: Path = HELD_OUT) -> set[str]:
    keys = set()
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        keys.add(_key(json.loads(path.read_text(encoding="utf-8")).get("text", "")))
    return keys


def load_corpus_gold(folder: Path = CORPUS_GOLD) -> list[tuple[str, list[str], str]]:
    """(text, gold topics, file stem) for each gold release of the project's corpus (held-out texts skipped)."""
    out = []
    held_out = held_out_keys()
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        data = json.loads(path.read_text(encoding="utf-8"))
        topics = (data.get("gold") or {}).get("topics") or []
        if data.get("text") and topics and _key(data["text"]) not in held_out:
            out.append((data["text"], topics, path.stem))
    return out


def portfolio_label(text: str) -> str | None:
    """Weak label: the portfolio topic of the first agency keyword in the lead of a release."""
    lead = text[:600].lower()
    best: tuple[int, int, str] | None = None
    for row in load_tsv("portfolio_topics"):
        m = re.search(rf"(?<!\w){re.escape(row['keyword'])}(?!\w)", lead)
        if m:
            key = (m.start(), -len(row["keyword"]), re.split(r"[,|]", row["topics"])[0])
            best = min(best, key) if best else key
    return best[2] if best else None


def weak_corpus(folder: Path = CORPUS_DIR, exclude: set[str] = frozenset()) -> tuple[list[str], list[str]]:
    texts, labels = [], []
    held_out = held_out_keys()
    for path in sorted(folder.glob("*.txt")) if folder.is_dir() else []:
        if path.stem in exclude:
            continue
        text = path.read_text(encoding="utf-8")
        if _key(text) in held_out:
            continue
        label = portfolio_label(text)
        if label:
            texts.append(text)
            labels.append(label)
    return texts, labels


def build_pipeline(quick: bool = False, chars: bool = False) -> Pipeline:
    """TF-IDF words (1-2 grams); character n-grams are an option (more robust to typos, ~3x slower to apply)."""
    parts = [("words", TfidfVectorizer(lowercase=True, ngram_range=(1, 2), sublinear_tf=True, min_df=1,
                                       token_pattern=r"(?u)\b\w[\w-]+\b"))]
    if chars:
        parts.append(("chars", TfidfVectorizer(lowercase=True, analyzer="char_wb", ngram_range=(3, 5),
                                               sublinear_tf=True, min_df=2,
                                               max_features=8000 if quick else 25000)))
    features = FeatureUnion(parts)
    classifier = LogisticRegression(C=8.0, max_iter=2000, class_weight="balanced")
    return Pipeline([("features", features), ("classifier", classifier)])


def _lemmatized(texts: list[str]) -> list[str]:
    from pipeline.nlp.stanza_adapter import lemmatize  # optional: only when the stanza model is shipped

    return [f"{t} {' '.join(lemmas)}" for t, lemmas in zip(texts, lemmatize(texts))]


def training_set(use_lemmas: bool = False) -> tuple[list[str], list[str], np.ndarray, dict[str, int]]:
    texts, labels = load_snippets()
    weights = [1.0] * len(texts)
    gold = load_corpus_gold()
    for text, topics, _ in gold:
        for rank, topic in enumerate(topics):  # secondary topics count less
            texts.append(text)
            labels.append(topic)
            weights.append(1.0 if rank == 0 else 0.5)
    weak_texts, weak_labels = weak_corpus(exclude={stem for _, _, stem in gold})
    texts += weak_texts
    labels += weak_labels
    weights += [WEAK_WEIGHT] * len(weak_texts)
    if use_lemmas:
        texts = _lemmatized(texts)
    sizes = {"snippets": len(texts) - len(weak_texts) - sum(len(t) for _, t, _ in gold),
             "corpus_gold_rows": sum(len(t) for _, t, _ in gold), "weak": len(weak_texts)}
    return texts, labels, np.asarray(weights), sizes


def cross_validate(texts: list[str], labels: list[str], weights: np.ndarray, folds: int, quick: bool,
                   chars: bool = False) -> dict:
    counts = {label: labels.count(label) for label in set(labels)}
    folds = max(2, min(folds, min(counts.values())))
    cv = StratifiedKFold(n_splits=folds, shuffle=True, random_state=13)
    predicted = cross_val_predict(build_pipeline(quick, chars), texts, labels, cv=cv,
                                  params={"classifier__sample_weight": weights})
    return {"folds": folds, "accuracy": round(float(accuracy_score(labels, predicted)), 4),
            "macro_f1": round(float(f1_score(labels, predicted, average="macro")), 4)}


def train_topics(out_dir: Path = MODELS_DIR / "topics", quick: bool = False, use_lemmas: bool = False,
                 chars: bool = False) -> dict:
    """Fit the topic classifier, write out_dir/model.joblib and out_dir/metrics.json, return the metrics."""
    started = time.time()
    texts, labels, weights, sizes = training_set(use_lemmas)
    unknown = sorted(set(labels) - set(topic_labels()))
    if unknown:
        raise ValueError(f"labels not in data/topic_keywords.tsv: {unknown}")
    metrics: dict[str, Any] = {"examples": len(texts), "sources": sizes, "labels": len(set(labels)),
                               "quick": quick, "lemmas": use_lemmas, "char_ngrams": chars}
    metrics["cross_validation"] = cross_validate(texts, labels, weights, 3 if quick else 5, quick, chars)
    model = build_pipeline(quick, chars)
    model.fit(texts, labels, classifier__sample_weight=weights)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    joblib.dump({"model": model, "labels": list(model.classes_), "lemmas": use_lemmas}, out_dir / MODEL_FILE,
                compress=3)
    metrics["seconds"] = round(time.time() - started, 1)
    (out_dir / "metrics.json").write_text(json.dumps(metrics, indent=2), encoding="utf-8")
    return metrics


if __name__ == "__main__":
    print(json.dumps(train_topics(), indent=2))
