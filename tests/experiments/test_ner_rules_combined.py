"""Merging model and rule spans: no overlaps, and the policy decides who wins."""
from __future__ import annotations

import pytest

from experiments.ner_rules_combined import combine, rule_spans


def test_rules_first_replaces_overlapping_model_spans():
    model = [(0, 2, "LOC"), (5, 6, "PER")]
    rules = [(0, 3, "ORG")]
    assert combine(model, rules, "rules_first") == [(0, 3, "ORG"), (5, 6, "PER")]


def test_model_first_only_fills_gaps():
    model = [(0, 2, "LOC")]
    rules = [(0, 3, "ORG"), (7, 9, "PER")]
    assert combine(model, rules, "model_first") == [(0, 2, "LOC"), (7, 9, "PER")]


def test_unknown_policy_is_refused():
    with pytest.raises(ValueError, match="unknown policy"):
        combine([], [], "vote")


def test_rule_spans_come_from_the_rule_facts():
    text = "Kepala Dinas Kesehatan Provinsi Jawa Barat, dr. Vini Adiani Dewi, meninjau puskesmas di Kota Bandung."
    spans = {(text[s:e], label) for s, e, label in rule_spans(text)}
    assert ("Vini Adiani Dewi", "PER") in spans
    assert any(label == "ORG" and "Dinas Kesehatan" in name for name, label in spans)
    assert any(label == "LOC" and "Bandung" in name for name, label in spans)
