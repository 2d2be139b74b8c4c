"""Topic discovery beyond the fixed policy list: NMF over TF-IDF of a collection of releases.

`discover_themes(texts)` returns the top terms of each discovered topic and the document-topic weights, ready to
be stored as two tables (topic_terms, document_topics).
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from sklearn.decomposition import NMF
from sklearn.feature_extraction.text import TfidfVectorizer

from pipeline.tables import load_list


@dataclass
class DiscoveredTopics:
    terms: list[list[str]]  # per topic, its top terms, strongest first
    term_weights: list[list[float]]  # the matching weights
    doc_topics: np.ndarray  # shape (n_documents, n_topics), rows sum to 1 (0 for empty documents)
    n_topics: int = 0
    vocabulary_size: int = 0
    extra: dict = field(default_factory=dict)

    def top_topic(self, doc_index: int) -> int | None:
        row = self.doc_topics[doc_index]
        return int(row.argmax()) if row.sum() > 0 else None

    def rows(self) -> list[dict]:
        """Long format (topic, rank, term, weight) for a table."""
        return [{"topic": t, "rank": r, "term": term, "weight": w}
                for t, (terms, weights) in enumerate(zip(self.terms, self.term_weights))
                for r, (term, w) in enumerate(zip(terms, weights))]


def _stopwords() -> list[str]:
    return sorted(set(load_list("stopwords_id")) | set(load_list("stopwords_en")))


def discover_themes(texts: list[str], n_topics: int = 10, n_terms: int = 10, max_features: int = 5000,
                    random_state: int = 0) -> DiscoveredTopics:
    """Fit NMF on the texts and return the discovered topics (terms) and each text's topic weights."""
    if not texts:
        return DiscoveredTopics([], [], np.zeros((0, 0)), 0, 0)
    min_df = 2 if len(texts) >= 20 else 1
    vectorizer = TfidfVectorizer(lowercase=True, stop_words=_stopwords(), ngram_range=(1, 2), min_df=min_df,
                                 max_df=0.9 if len(texts) >= 10 else 1.0, max_features=max_features,
                                 token_pattern=r"(?u)\b[^\W\d_][\w-]{2,}\b", sublinear_tf=True)
    matrix = vectorizer.fit_transform(texts)
    n_topics = max(1, min(n_topics, matrix.shape[0], matrix.shape[1]))
    model = NMF(n_components=n_topics, init="nndsvda", random_state=random_state, max_iter=400)
    weights = model.fit_transform(matrix)
    vocabulary = vectorizer.get_feature_names_out()
    terms, term_weights = [], []
    for component in model.components_:
        top = component.argsort()[::-1][:n_terms]
        terms.append([str(vocabulary[i]) for i in top])
        term_weights.append([round(float(component[i]), 4) for i in top])
    sums = weights.sum(axis=1, keepdims=True)
    doc_topics = np.divide(weights, sums, out=np.zeros_like(weights), where=sums > 0)
    return DiscoveredTopics(terms, term_weights, doc_topics, n_topics, len(vocabulary),
                            extra={"reconstruction_err": float(model.reconstruction_err_)})
