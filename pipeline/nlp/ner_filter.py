"""``cased_entity_filter``: drop all-lowercase entities from cased text.

The NER is trained partly on NERP, whose text is all lowercase, so it also learns to tag
lowercase words ("aceh", "jawa"). In text written with capitals, Indonesian proper names are
capitalised, and an entity without a capital letter or a digit is nearly always a common noun
(in NERGrit and idner-news-2k, 1-2% of gold entities have none). The filter only acts on
docs that use capitals at all, so lowercase text keeps every entity.

The shipped ``models/ner-id`` runs it after ``ner``; spaCy finds the factory through the
``spacy_factories`` entry point of the ``warta`` distribution (or by importing this module).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

FACTORY = "cased_entity_filter"


def _has_capital(text: str) -> bool:
    return any(ch.isupper() for ch in text)


def is_cased(doc: Doc) -> bool:
    """True when a token after the first carries a capital letter (the text is written in case)."""
    return any(_has_capital(token.text) for token in doc[1:])


def keeps(span, min_marked: int = 1) -> bool:
    """An entity stays if at least ``min_marked`` of its characters are capitals or digits."""
    return sum(ch.isupper() or ch.isdigit() for ch in span.text) >= min_marked


class CasedEntityFilter:
    """Remove entities without any capital letter or digit from docs written in case."""

    def __init__(self, name: str = FACTORY, min_marked: int = 1):
        self.name = name
        self.min_marked = min_marked

    def __call__(self, doc: Doc) -> Doc:
        if doc.ents and is_cased(doc):
            doc.ents = [ent for ent in doc.ents if keeps(ent, self.min_marked)]
        return doc

    # the component has no weights, but spaCy saves and loads every pipe
    def to_disk(self, path, *, exclude=()):
        return None

    def from_disk(self, path, *, exclude=()):
        return self

    def to_bytes(self, *, exclude=()):
        return b""

    def from_bytes(self, data, *, exclude=()):
        return self


@Language.factory(FACTORY, default_config={"min_marked": 1})
def make_cased_entity_filter(nlp: Language, name: str, min_marked: int) -> CasedEntityFilter:
    return CasedEntityFilter(name, min_marked)
