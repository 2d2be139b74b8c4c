"""topics: placeholder (to be replaced by the trained classifier)."""
from __future__ import annotations

from spacy.tokens import Doc

from pipeline.extract.facts import Facts


def to_facts(doc: Doc, facts: Facts) -> None:
    return None
