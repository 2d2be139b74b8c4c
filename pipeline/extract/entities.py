"""warta_ner: the trained statistical NER as a source of PER/ORG/LOC mentions (a fallback for the rules).

Off by default: on both gold sets it added more wrong persons than it found missing ones, and it costs about
50 ms per release (more than all rule components together). Turn it on with WARTA_NER=1.
"""
from __future__ import annotations

import os

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extract.facts import Mention
from pipeline.nlp.state import add_mention, doc_text


def _enabled_by_env() -> bool:
    return os.environ.get("WARTA_NER", "0").lower() in {"1", "true", "yes", "on"}


@Language.factory("warta_ner", default_config={"enabled": None})
class StatisticalEntities:
    def __init__(self, nlp: Language, name: str, enabled: bool | None):
        self.name = name
        self.enabled = _enabled_by_env() if enabled is None else enabled
        self._model = None

    def _entities(self, text: str) -> list[tuple[int, int, str]]:
        try:
            from pipeline.nlp.ner import ner_entities
        except ImportError:
            return []
        try:
            return ner_entities([text])[0]
        except (OSError, FileNotFoundError):  # no trained model shipped
            return []

    def __call__(self, doc: Doc) -> Doc:
        if not self.enabled:
            return doc
        for start, end, label in self._entities(doc_text(doc)):
            add_mention(doc, Mention(start, end, doc_text(doc)[start:end], kind="ner", source="ner", data={"label": label}))
        return doc
