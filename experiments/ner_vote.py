"""Silver NER sentences voted by an ensemble of trained models (distillation into one model).

Models trained with different seeds make different mistakes: a span found by most of them is
right far more often than the spans of any one model (five seeds of the shipped recipe, voting
3 of 5, score 2-4 F1 points above each of them on every dev and test split). Running five models
costs five times the time, so their vote is distilled instead: they tag unlabelled news text and
one model of the usual size is trained on the gold corpora plus those votes.

Per sentence:
- a span (start, end, label) proposed by at least ``min_votes`` teachers is an entity;
- a token no teacher put inside any entity is ``O``;
- every other token (the teachers disagree about it) stays unannotated: no loss either way.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from pipeline.train.ner_data import MISSING, Sentence


def vote(token_count: int, proposals: Sequence[Sequence[tuple[int, int, str]]], min_votes: int) -> list[str]:
    """BIO tags (or MISSING) for one sentence from each teacher's spans (start, end, label)."""
    counts = Counter(span for spans in proposals for span in set(spans))
    touched = [False] * token_count
    for spans in proposals:
        for start, end, _ in spans:
            for i in range(start, end):
                touched[i] = True
    tags = [MISSING if touched[i] else "O" for i in range(token_count)]
    # most votes first; a span that overlaps one already kept is dropped
    kept: list[tuple[int, int, str]] = []
    for (start, end, label), n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        if n < min_votes or any(start < e and s < end for s, e, _ in kept):
            continue
        kept.append((start, end, label))
        tags[start] = f"B-{label}"
        for i in range(start + 1, end):
            tags[i] = f"I-{label}"
    return tags


def ensemble_silver(
    teachers: Sequence[Path | str],
    sentences: Sequence[Sequence[str]],
    min_votes: int | None = None,
    batch_size: int = 512,
) -> list[Sentence]:
    """Tag ``sentences`` (token lists) with every teacher and keep the voted spans (see `vote`).

    ``min_votes`` defaults to a strict majority of the teachers.
    """
    import spacy
    from spacy.tokens import Doc

    import pipeline.nlp.ner_filter  # noqa: F401  teachers end with cased_entity_filter

    if not teachers:
        return []
    min_votes = min_votes or len(teachers) // 2 + 1
    proposals: list[list[list[tuple[int, int, str]]]] = [[] for _ in sentences]
    for teacher in teachers:
        nlp = spacy.load(teacher)
        docs = (Doc(nlp.vocab, words=list(tokens)) for tokens in sentences)
        for i, doc in enumerate(nlp.pipe(docs, batch_size=batch_size)):
            proposals[i].append([(e.start, e.end, e.label_) for e in doc.ents])
    return [
        Sentence(list(tokens), vote(len(tokens), proposals[i], min_votes)) for i, tokens in enumerate(sentences)
    ]


def ensemble_news_sentences(teachers: Sequence[Path], quick: bool = False) -> list[Sentence]:
    """The ``nlp-id`` news sentences tagged by the vote of ``teachers`` (none if it is not installed)."""
    from pipeline.train.vectors import nlp_id_sentences

    sentences = list(nlp_id_sentences())
    return ensemble_silver(teachers, sentences[:200] if quick else sentences)
