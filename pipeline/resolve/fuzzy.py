"""Typo tolerance: a misspelt word -> the closest word of a vocabulary ("Perindustran" -> "Perindustrian")."""
from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz, process

from pipeline.resolve.lexicon import fold, place_words, vocabulary
from pipeline.tables import load_tsv

MIN_LENGTH = 7
CUTOFF = 87.0


@lru_cache(maxsize=1)
def _choices() -> tuple[str, ...]:
    from pipeline.resolve.agencies import acronym_words

    return tuple(sorted(vocabulary() | place_words() | acronym_words()))


@lru_cache(maxsize=4096)
def correct_word(word: str) -> str:
    """The vocabulary word a long unknown word most likely misspells, in the word's own casing; else the word."""
    f = fold(word)
    if f in _variants():
        return _cased(word, _variants()[f])
    if len(f) < MIN_LENGTH or not f.isalpha():
        return word
    if f in _choice_set() or f in known_words():
        return word
    # same first letter and nearly the same length: a typo rarely changes either, and this keeps it fast
    choices = [c for n in range(len(f) - 2, len(f) + 3) for c in _buckets().get((f[0], n), ())]
    best = process.extractOne(f, choices, scorer=fuzz.ratio, score_cutoff=CUTOFF) if choices else None
    if not best:
        return word
    fixed = best[0]
    if f.endswith("kan") and not fixed.endswith("kan"):
        return word  # "Tumbuhkan" is a verb, not a misspelt "Tumbuhan"
    return _cased(word, fixed)


def _cased(word: str, fixed: str) -> str:
    """`fixed` in the casing `word` is written in."""
    if word.isupper():
        return fixed.upper()
    if word[0].isupper():
        # keep inner capitals of acronym-like words (KemenPUPR) only when the vocabulary word has none
        return fixed[0].upper() + fixed[1:]
    return fixed


@lru_cache(maxsize=1)
def _variants() -> dict[str, str]:
    """Frequent variant spellings -> the standard word (data/spelling_variants.tsv)."""
    return {r["written"]: r["standard"] for r in load_tsv("spelling_variants")}


@lru_cache(maxsize=1)
def _buckets() -> dict[tuple[str, int], tuple[str, ...]]:
    out: dict[tuple[str, int], list[str]] = {}
    for c in _choices():
        out.setdefault((c[:1], len(c)), []).append(c)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    """Correct words that are not correction targets: region and village names ("Lembang", "Pambang") and the
    common words of running text and the long words it spells the same way again and again."""
    from pipeline.resolve.gazetteer import villages
    from pipeline.resolve.lexicon import place_index

    from pipeline.nlp.ner import common_words
    from pipeline.nlp.ner import known_words as text_words

    places = {w for slot in place_index().values() for words in slot for w in words}
    places |= {w for name in villages().values() for w in fold(name).split() if len(w) >= MIN_LENGTH}
    # "Peraturan" is a word of its own, not a "Persatuan" misspelt
    return frozenset(places | common_words() | text_words())


@lru_cache(maxsize=1)
def _choice_set() -> frozenset[str]:
    return frozenset(_choices())


_TOKEN = re.compile(r"[A-Za-z]+")


def correct_phrase(phrase: str) -> str:
    """Each long unknown word of a phrase corrected; punctuation and spacing kept."""
    return _TOKEN.sub(lambda m: correct_word(m.group(0)), phrase)
