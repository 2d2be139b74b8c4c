"""Apply a fitted scikit-learn text classifier (TF-IDF vectorizers + logistic regression) to one text quickly.

`Pipeline.predict_proba` on a single short text spends ~20 ms in input validation, estimator tags and the
FeatureUnion's joblib machinery; the arithmetic is a sparse dot product. `CompiledTextModel` reads the fitted
vocabularies, idf weights and coefficients once and computes the same probabilities with a dict lookup per
n-gram and one small matrix product. It checks itself against the pipeline at load time; `compile_model`
returns None (callers keep the pipeline) for any structure it does not reproduce exactly.
"""
from __future__ import annotations

import math
from collections import Counter
from typing import Any

import numpy as np

PROBES = ("Dinas Kesehatan menggelar vaksinasi di puskesmas.", "Panen raya padi bersama petani dan penyuluh.",
          "Rapat koordinasi pengendalian inflasi daerah 2024", "")


class CompiledTextModel:
    def __init__(self, pipeline: Any):
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import FeatureUnion

        features, classifier = pipeline.steps[0][1], pipeline.steps[-1][1]
        if len(pipeline.steps) != 2 or not isinstance(classifier, LogisticRegression):
            raise ValueError("unsupported pipeline")
        parts = [t for _, t in features.transformer_list] if isinstance(features, FeatureUnion) else [features]
        if isinstance(features, FeatureUnion) and features.transformer_weights:
            raise ValueError("weighted feature union")
        self.parts = []
        offset = 0
        for vec in parts:
            if not isinstance(vec, TfidfVectorizer) or vec.binary or vec.norm not in ("l2", None):
                raise ValueError("unsupported vectorizer")
            idf = vec.idf_ if vec.use_idf else np.ones(len(vec.vocabulary_))
            self.parts.append((vec.build_analyzer(), vec.vocabulary_, idf.tolist(), offset, vec.sublinear_tf,
                               vec.norm == "l2"))
            offset += len(vec.vocabulary_)
        self.weights = np.ascontiguousarray(classifier.coef_.T)  # features x classes
        self.intercept = classifier.intercept_
        self.classes = list(classifier.classes_)
        solver_ovr = getattr(classifier, "multi_class", "auto") == "ovr" or classifier.solver == "liblinear"
        self.softmax = self.weights.shape[1] > 1 and not solver_ovr
        if self.weights.shape[1] == 1:
            raise ValueError("binary classifier")

    def decision(self, text: str) -> np.ndarray:
        scores = self.intercept.copy()
        for analyze, vocabulary, idf, offset, sublinear, l2 in self.parts:
            counts = Counter(i for i in map(vocabulary.get, analyze(text)) if i is not None)
            if not counts:
                continue
            index = list(counts)
            values = [(1.0 + math.log(c) if sublinear else float(c)) * idf[i] for i, c in counts.items()]
            if l2:
                norm = math.sqrt(sum(v * v for v in values))
                values = [v / norm for v in values]
            scores += np.asarray(values) @ self.weights[[offset + i for i in index]]
        return scores

    def predict_proba(self, text: str) -> np.ndarray:
        scores = self.decision(text)
        if self.softmax:
            scores = np.exp(scores - scores.max())
            return scores / scores.sum()
        scores = 1.0 / (1.0 + np.exp(-scores))
        return scores / scores.sum()


def compile_model(pipeline: Any, probes: tuple[str, ...] = PROBES) -> CompiledTextModel | None:
    """A CompiledTextModel that agrees with `pipeline.predict_proba` on the probe texts, else None."""
    try:
        model = CompiledTextModel(pipeline)
        expected = pipeline.predict_proba(list(probes))
        got = np.vstack([model.predict_proba(t) for t in probes])
        if list(pipeline.classes_) != model.classes or not np.allclose(expected, got, atol=1e-9, rtol=1e-7):
            return None
        return model
    except Exception:  # any unexpected structure: the caller keeps the slower, exact pipeline
        return None
