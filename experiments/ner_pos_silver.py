"""Silver NER sentences from a part-of-speech-tagged news corpus and a teacher model.

The POS data set of the ``nlp-id`` package (Indonesian news, about 33k sentences) marks proper nouns
(``NNP``). That is half of what a NER needs to know, and the part the NER corpora have little of:
which capitalised words in news text are *not* names. A trained NER (the teacher) supplies the
other half, the type, and the two are combined conservatively:

- a teacher entity is kept only when it covers a whole proper-noun run: it starts and ends on an
  ``NNP`` token, and the tokens just outside it are not ``NNP``;
- every other token that is not a proper noun is ``O``;
- proper nouns outside a kept entity stay unannotated (no loss either way), so the student is
  never taught that a name it could not type is "not a name".
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from pipeline.train.ner_data import MISSING, Sentence
from pipeline.train.vectors import nlp_id_data_file, read_pos_sentences

PROPER = "NNP"


def combine(pos: list[str], entities: Iterable[tuple[int, int, str]]) -> list[str]:
    """BIO tags (or MISSING) from POS tags and teacher spans (start, end, label) in tokens."""
    n = len(pos)
    proper = [tag == PROPER for tag in pos]
    tags = [MISSING if proper[i] else "O" for i in range(n)]
    for start, end, label in entities:
        if not (proper[start] and proper[end - 1]):
            continue
        if (start > 0 and proper[start - 1]) or (end < n and proper[end]):
            continue  # the run goes on: the teacher cut a name
        tags[start] = f"B-{label}"
        for i in range(start + 1, end):
            tags[i] = f"I-{label}"
    return tags


def pos_silver_sentences(teacher, path: Path, limit: int | None = None, batch_size: int = 512) -> list[Sentence]:
    """Sentences with at least one kept entity, tagged by `combine` with the teacher's spans."""
    from spacy.tokens import Doc

    pairs = list(read_pos_sentences(path))
    if limit is not None:
        pairs = pairs[:limit]
    docs = (Doc(teacher.vocab, words=tokens) for tokens, _ in pairs)
    out: list[Sentence] = []
    for (tokens, pos), doc in zip(pairs, teacher.pipe(docs, batch_size=batch_size)):
        tags = combine(pos, [(e.start, e.end, e.label_) for e in doc.ents])
        if any(tag.startswith("B-") for tag in tags):
            out.append(Sentence(list(tokens), tags))
    return out


def news_silver_sentences(teacher: Path, quick: bool = False) -> list[Sentence]:
    """Silver sentences from the ``nlp-id`` POS data set tagged by ``teacher`` (none if it is not installed)."""
    import spacy

    path = nlp_id_data_file()
    if path is None:
        return []
    return pos_silver_sentences(spacy.load(teacher), path, limit=200 if quick else None)
