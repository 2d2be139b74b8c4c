"""The trained NER combined with warta's rules, scored on the NER corpora's own splits.

warta does not use the statistical NER alone: its rules (title grammar, organisation grammar, region
gazetteer) find persons, organisations and places first, and the NER is a fallback. This module
scores that combination the same way `pipeline.train.ner.evaluate_ner` scores the model (gold
tokens, exact spans, micro P/R/F over PER/ORG/LOC), so both figures sit side by side:

    rules   the spans of the rule facts (persons, organizations, places: the same mapping as the
            silver data in `pipeline.train.ner_silver`)
    policy  "rules_first": a rule span replaces the model spans it overlaps;
            "model_first": rule spans only fill places where the model found nothing

The policy is chosen on the dev splits (`choose_policy`), then reported on test.
"""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from pipeline.train.ner_data import CORPORA, LABELS
from pipeline.train.ner_silver import fact_spans, longest_first

POLICIES = ("rules_first", "model_first")


def rule_spans(text: str, nlp=None) -> list[tuple[int, int, str]]:
    """(start, end, label) character spans of the rule facts of ``text``."""
    from pipeline.extract.run import extract_document
    from pipeline.normalize.document import make_document

    labelled, _ = fact_spans(extract_document(make_document(text, "ner-ensemble"), nlp).to_json())
    return labelled


def combine(model_spans, rule_spans_, policy: str) -> list[tuple[int, int, str]]:
    """Merge two span lists (token offsets) under ``policy``; the result has no overlaps."""
    if policy not in POLICIES:
        raise ValueError(f"unknown policy {policy!r}; choose from {POLICIES}")

    def overlaps(a, b):
        return a[0] < b[1] and b[0] < a[1]

    first, second = (rule_spans_, model_spans) if policy == "rules_first" else (model_spans, rule_spans_)
    out = list(first)
    for span in second:
        if not any(overlaps(span, kept) for kept in out):
            out.append(span)
    return sorted(out)


def _predict(model, gold_docs, policy: str, rules_nlp):
    from spacy.tokens import Doc, Span
    from spacy.training import Example

    examples = []
    for gold in gold_docs:
        words = [t.text for t in gold]
        predicted = model(Doc(model.vocab, words=words, spaces=[True] * len(words)))
        model_spans = [(e.start, e.end, e.label_) for e in predicted.ents]
        rules = []
        for start, end, label in rule_spans(predicted.text, rules_nlp):
            span = predicted.char_span(start, end, label=label, alignment_mode="expand")
            if span is not None and label in LABELS:
                rules.append((span.start, span.end, label))
        merged = combine(model_spans, longest_first(rules), policy)
        predicted.ents = [Span(predicted, s, e, label=label) for s, e, label in merged]
        examples.append(Example(predicted, gold))
    return examples


def evaluate_ensemble(model, data_dir: Path, policy: str = "rules_first",
                      corpora: Sequence[str] = tuple(CORPORA), split: str = "test") -> dict:
    """Micro P/R/F (percent) of model + rules on ``<data_dir>/<corpus>-<split>.spacy``."""
    import spacy
    from spacy.scorer import Scorer
    from spacy.tokens import DocBin

    from pipeline.extract.registry import get_nlp

    nlp = spacy.load(model) if isinstance(model, (str, Path)) else model
    rules_nlp = get_nlp()
    results = {}
    for corpus in corpora:
        gold_docs = list(DocBin().from_disk(Path(data_dir) / f"{corpus}-{split}.spacy").get_docs(nlp.vocab))
        scores = Scorer.score_spans(_predict(nlp, gold_docs, policy, rules_nlp), "ents")
        results[corpus] = {
            "p": round(100 * (scores["ents_p"] or 0.0), 2),
            "r": round(100 * (scores["ents_r"] or 0.0), 2),
            "f": round(100 * (scores["ents_f"] or 0.0), 2),
            "per_type": {label: {k: round(100 * v, 2) for k, v in scores["ents_per_type"].get(label, {}).items()}
                         for label in LABELS},
        }
    return results


def choose_policy(model, data_dir: Path) -> tuple[str, dict]:
    """The policy with the best mean dev F1 over the corpora, and every policy's dev scores."""
    dev = {policy: evaluate_ensemble(model, data_dir, policy, split="dev") for policy in POLICIES}
    best = max(POLICIES, key=lambda p: sum(s["f"] for s in dev[p].values()))
    return best, dev
