"""Build warta's spaCy Language: blank Indonesian + tokenizer exceptions + registered components.

Components are configured by name (see DEFAULT_COMPONENTS); each is a small class registered with
`Language.factory` in the module of the extractor it serves, so a model-based variant can replace a
rule-based one without touching callers.
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from pipeline.tables import load_list

# Extraction components in the order they run; later ones read the mentions of earlier ones.
DEFAULT_COMPONENTS: tuple[str, ...] = (
    "warta_sentences",
    "warta_ner",
    "warta_dates",
    "warta_organizations",
    "warta_places",
    "warta_venues",
    "warta_titles",
    "warta_persons",
    "warta_representations",
    "warta_themes",
    "warta_events",
)


def add_tokenizer_exceptions(nlp: Language) -> None:
    for abbr in load_list("abbreviations"):
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
        if abbr[0].islower():
            cap = abbr[0].upper() + abbr[1:]
            nlp.tokenizer.add_special_case(cap, [{ORTH: cap}])


@Language.factory("warta_sentences")
class ParagraphSentencizer:
    """Sentencizer that also starts a sentence after every line break (headlines, datelines, paragraphs)."""

    def __init__(self, nlp: Language, name: str):
        self.sentencizer = Sentencizer()

    def __call__(self, doc: Doc) -> Doc:
        doc = self.sentencizer(doc)
        for i, token in enumerate(doc[:-1]):
            if "\n" in token.text or "\n" in token.whitespace_:
                doc[i + 1].is_sent_start = True
        return doc


def _register_components() -> None:
    # Importing the extractor modules registers their factories.
    import pipeline.extract  # noqa: F401


def build_nlp(components: tuple[str, ...] | None = None, exclude: tuple[str, ...] = ()) -> Language:
    _register_components()
    nlp = spacy.blank("id")
    add_tokenizer_exceptions(nlp)
    for name in components or DEFAULT_COMPONENTS:
        if name in exclude:
            continue
        nlp.add_pipe(name, name=name)
    return nlp


@lru_cache(maxsize=4)
def get_nlp(components: tuple[str, ...] | None = None, exclude: tuple[str, ...] = ()) -> Language:
    return build_nlp(components, exclude)
