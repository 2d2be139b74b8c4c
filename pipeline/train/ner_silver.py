"""Silver NER sentences from warta's own rules, run over press releases.

The NER corpora are news and Wikipedia text; press releases are a different register (long
official titles, agency names, datelines). The rule extractors already find persons,
organisations and places in that register with character offsets, so their output on a folder
of releases (by default the project's `corpus/`) becomes extra training data:

    persons -> PER, organizations -> ORG, places -> LOC

Only what the rules are sure of is taught. A token is tagged ``O`` only when it is lowercase
(or punctuation) and outside every fact; capitalised tokens the rules did not label, tokens of
venues and official titles (which embed places and bodies) and tokens only partly covered by a
fact are left *unannotated* (spaCy's missing value: no loss either way). So a name the rules
miss is never taught as "not a name".
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from pipeline.train.ner_data import MISSING, Sentence

REPO_DIR = Path(__file__).resolve().parents[2]
DEFAULT_SILVER_SOURCE = REPO_DIR / "corpus"

# fact key in the facts JSON -> NER label
LABELLED_FACTS = {"persons": "PER", "organizations": "ORG", "places": "LOC"}


def longest_first(spans: list) -> list:
    """Non-overlapping spans ``(start, end, ...)``: the longest wins, then the earliest; sorted by start."""
    kept: list = []
    for span in sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0])):
        if all(span[1] <= k[0] or span[0] >= k[1] for k in kept):
            kept.append(span)
    return sorted(kept)


def fact_spans(facts: dict) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """(labelled spans, unknown spans) in character offsets of the document text."""
    labelled: list[tuple[int, int, str]] = []
    for key, label in LABELLED_FACTS.items():
        for fact in facts.get(key) or []:
            for start, end in fact.get("spans") or []:
                labelled.append((start, end, label))
    unknown: list[tuple[int, int]] = []
    for venue in facts.get("venue_details") or []:
        unknown.extend(tuple(s) for s in venue.get("spans") or [])
    for person in facts.get("persons") or []:
        for detail in person.get("title_details") or []:
            if detail.get("span"):
                unknown.append(tuple(detail["span"]))
    return longest_first(labelled), unknown


def _is_capitalised(text: str) -> bool:
    return any(c.isupper() for c in text[:1]) or any(c.isdigit() for c in text)


def tag_sentence(tokens: list[tuple[str, int, int]], labelled, unknown, common: frozenset[str] = frozenset()) -> Sentence:
    """BIO tags (or MISSING) for tokens given as (text, start, end) character offsets. A capitalized token outside
    every span is unannotated unless its lowercase form is one of the `common` words (then it is O)."""
    tags: list[str] = []
    previous_span = None
    for text, start, end in tokens:
        tag, span_index = None, None
        for index, (s, e, label) in enumerate(labelled):
            if s <= start and end <= e:
                tag = ("I-" if previous_span == index else "B-") + label
                span_index = index
                break
            if start < e and s < end:  # partly covered: the rule span cuts a token
                tag = MISSING
                break
        if tag is None:
            if any(start < e and s < end for s, e in unknown) or (_is_capitalised(text) and text.lower() not in common):
                tag = MISSING
            else:
                tag = "O"
        previous_span = span_index
        tags.append(tag)
    return Sentence([t for t, _, _ in tokens], tags)


def silver_from_documents(documents: Iterable, nlp=None) -> Iterator[Sentence]:
    """Sentences of normalized documents tagged from warta's rule facts."""
    from pipeline.extract.assemble import assemble
    from pipeline.extract.run import _make_doc
    from pipeline.extract.registry import get_nlp

    nlp = nlp or get_nlp()
    for document in documents:
        doc = nlp(_make_doc(nlp, document))
        facts = assemble(doc, document).to_json()
        labelled, unknown = fact_spans(facts)
        for sent in doc.sents:
            tokens = [(t.text, t.idx, t.idx + len(t.text)) for t in sent if not t.is_space]
            if len(tokens) < 4:
                continue
            sentence = tag_sentence(tokens, labelled, unknown)
            if any(tag not in ("O", MISSING) for tag in sentence.tags):
                yield sentence


def silver_sentences(source: Path | str = DEFAULT_SILVER_SOURCE, limit: int | None = None) -> list[Sentence]:
    """Silver sentences from every release under ``source`` (any format `warta extract` reads)."""
    from pipeline.normalize.document import normalize
    from pipeline.rejects import Reject, RejectError
    from pipeline.sources.base import iter_source

    def documents():
        for count, item in enumerate(iter_source(str(source))):
            if limit is not None and count >= limit:
                return
            if isinstance(item, Reject):
                continue
            try:
                yield normalize(item, check_language=False, min_words=1)
            except RejectError:
                continue

    return list(silver_from_documents(documents()))
