"""Ensemble votes as silver NER sentences."""
from __future__ import annotations

from pipeline.train.ner_data import MISSING
from experiments.ner_vote import vote


def test_majority_span_is_kept_and_untouched_tokens_are_outside():
    proposals = [[(0, 2, "PER")], [(0, 2, "PER")], [(0, 2, "ORG")]]
    assert vote(4, proposals, min_votes=2) == ["B-PER", "I-PER", "O", "O"]


def test_span_below_the_vote_leaves_its_tokens_unannotated():
    proposals = [[(2, 3, "LOC")], [], []]
    assert vote(4, proposals, min_votes=2) == ["O", "O", MISSING, "O"]


def test_overlapping_spans_keep_the_one_with_more_votes():
    proposals = [[(0, 3, "ORG")], [(0, 3, "ORG")], [(0, 3, "ORG")], [(2, 3, "LOC")], [(2, 3, "LOC")]]
    assert vote(3, proposals, min_votes=2) == ["B-ORG", "I-ORG", "I-ORG"]


def test_a_teacher_repeating_a_span_votes_once():
    assert vote(2, [[(0, 1, "PER"), (0, 1, "PER")], []], min_votes=2) == [MISSING, "O"]
