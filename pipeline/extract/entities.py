"""warta_ner: the trained statistical NER as a source of PER/ORG/LOC mentions (a fallback for the rules)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extract.facts import Mention
from pipeline.nlp.state import add_mention, doc_text


@Language.factory("warta_ner", default_config={"enabled": True})
class StatisticalEntities:
    def __init__(self, nlp: Language, name: str, enabled: bool):
        self.name = name
        self.enabled = enabled
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
