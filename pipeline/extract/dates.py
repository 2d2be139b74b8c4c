"""dates: placeholder component (to be replaced by the full extractor)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extract.facts import Facts


@Language.factory("warta_dates")
class DatesComponent:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return doc


def to_facts(doc: Doc, facts: Facts) -> None:
    return None
