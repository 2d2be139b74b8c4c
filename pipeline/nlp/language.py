"""warta's spaCy Language for Indonesian: blank Indonesian, tokenizer exceptions, the sentence splitter.

The extraction components are small classes registered with `Language.factory` in the module of the
extractor they serve and added by name (pipeline.extract.registry), so a model-based variant can replace a
rule-based one without touching callers.
"""
from __future__ import annotations

import re

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from pipeline.tables import load_list

def add_tokenizer_exceptions(nlp: Language) -> None:
    tokenizer = getattr(nlp.tokenizer, "inner", nlp.tokenizer)
    for abbr in load_list("abbreviations"):
        tokenizer.add_special_case(abbr, [{ORTH: abbr}])
        if abbr[0].islower():
            cap = abbr[0].upper() + abbr[1:]
            tokenizer.add_special_case(cap, [{ORTH: cap}])


_CHUNK = re.compile(r"\S+")


class WarmTokenizer:
    """spaCy's tokenizer with its chunk cache actually used.

    spaCy stops caching the chunks of a text once one special case (an abbreviation, a reduplication such as
    "rata-rata") occurred in it, so nearly every chunk of a release went through the Indonesian affix regexes on
    every call (~20 ms per release). Tokenizing each new chunk alone first caches it; the whole text then comes
    from the cache. The output is the inner tokenizer's own, unchanged.
    """

    def __init__(self, inner, max_chunks: int = 500_000):
        self.inner = inner
        self.max_chunks = max_chunks
        self._seen: set[str] = set()
        inner.max_cache_size = max_chunks

    def __call__(self, text: str) -> Doc:
        seen = self._seen
        new = [c for c in set(_CHUNK.findall(text)) if c not in seen]
        if new:
            if len(seen) + len(new) > self.max_chunks:
                self.reset()
            for chunk in new:
                self.inner(chunk)
            seen.update(new)
        return self.inner(text)

    def reset(self) -> None:
        self._seen.clear()
        flush = getattr(self.inner, "_flush_cache", None)
        if flush:
            flush()

    def add_special_case(self, string: str, substrings) -> None:
        self.inner.add_special_case(string, substrings)  # flushes the inner cache
        self._seen.clear()

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str):
        return getattr(self.inner, name)

    def __setattr__(self, name: str, value) -> None:
        if name in ("inner", "max_chunks", "_seen"):
            object.__setattr__(self, name, value)
        else:  # rules, affix patterns...: they change the tokenization and flush the inner cache
            setattr(self.inner, name, value)
            self._seen.clear()


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


def blank_language() -> Language:
    """Blank Indonesian with warta's tokenizer: the abbreviation exceptions, the chunk cache kept warm.

    The components are added by name by whoever builds a pipeline (pipeline.extract.registry for
    extraction); nlp/ knows no extractor."""
    nlp = spacy.blank("id")
    add_tokenizer_exceptions(nlp)
    nlp.tokenizer = WarmTokenizer(nlp.tokenizer)
    return nlp
