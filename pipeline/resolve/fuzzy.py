"""Typo tolerance: a misspelt word -> the closest word of a vocabulary ("Perindustran" -> "Perindustrian")."""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from pipeline.resolve.lexicon import fold, is_vocab, place_index, place_words, vocabulary
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
    if abs(len(fixed) - len(f)) >= 2 and fixed in _short_forms() and fixed != f + "da":
        # a short form is made of syllables: one more or less is another body's ("Diskoperindag", "Bapperida"); but
        # a regional body's short form without its closing "-da" (daerah) is that body ("Balitbang", "Dekranas")
        return word
    return _cased(word, fixed)


@lru_cache(maxsize=1)
def _short_forms() -> frozenset[str]:
    """Folded one-word short forms of bodies and portfolios ("Disperindag", "Bappeda", "Trantib")."""
    from pipeline.resolve.agencies import acronym_words, portfolio_abbreviations, regional_bodies

    return acronym_words() | frozenset(portfolio_abbreviations()) \
        | frozenset(fold(x) for x in regional_bodies() if " " not in x)


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


def correct_region_phrase(phrase: str) -> str:
    """A jurisdiction as written, corrected: a short region name with one typo too ("Pemprov. Sulta"); the words
    of a region's name written rightly stay ("Lubuk Linggau" is no misspelt "Lingga")."""
    from pipeline.resolve.lexicon import match_place

    found = list(_TOKEN.finditer(phrase))
    words = [m.group(0) for m in found]
    known: set[int] = set()
    for i in range(len(words)):
        known.update(range(i, i + match_place(words, i, max_level=2)))
    out, last = [], 0
    for i, m in enumerate(found):
        word = m.group(0)
        fixed = word if i in known else _cased(word, r) if (r := misspelt_region(word)) else correct_word(word)
        out += [phrase[last:m.start()], fixed]
        last = m.end()
    return "".join(out) + phrase[last:]


def by_first_and_length(words: Iterable[str]) -> dict[tuple[str, int], tuple[str, ...]]:
    """Words keyed by their first letter and their length, for `one_edit_away`."""
    out: dict[tuple[str, int], set[str]] = {}
    for w in words:
        out.setdefault((w[0], len(w)), set()).add(w)
    return {k: tuple(sorted(v)) for k, v in out.items()}


def one_edit_away(word: str, index: dict[tuple[str, int], tuple[str, ...]],
                  lengths: tuple[int, ...] = (-1, 0, 1)) -> list[str]:
    """Words of `index` (`by_first_and_length`) one letter added, dropped or changed away from `word`, among those
    whose length differs from the word's by one of `lengths` (a misspelling keeps the first letter)."""
    return [c for d in lengths for c in index.get((word[0], len(word) + d), ())
            if Levenshtein.distance(word, c, score_cutoff=1) == 1]


@lru_cache(maxsize=1)
def _one_word_regions() -> dict[tuple[str, int], tuple[str, ...]]:
    """Folded one-word names of provinces, kabupaten/kota and their short forms, by first letter and length."""
    return by_first_and_length(words[0] for slot in place_index().values() for words, level in slot.items()
                               if len(words) == 1 and level <= 2 and len(words[0]) >= 5)


@lru_cache(maxsize=4096)
def misspelt_region(word: str) -> str | None:
    """The region's one-word name ("Tanjungbalai", "Sultra") that `word` writes with one letter added, dropped or
    changed ("Tanjunhbalai", "Sulta"), for a word no table knows otherwise: not a place, a dictionary word or a
    word that opens persons' names, nor a kecamatan's, town's or village's name written rightly (a court or an
    office is seated in a town: "Pengadilan Negeri Labuha" is no misspelt "Labura"). None when no region, or more
    than one, is that close."""
    from pipeline.nlp.ner import common_words, name_openers
    from pipeline.resolve.gazetteer import region_index, village_index

    f = fold(word)
    if len(f) < 5 or not word[:1].isupper() or word.isupper() or not f.isalpha():
        return None
    if f in place_index() or f in vocabulary() or is_vocab(word) or f in common_words() or f in name_openers():
        return None
    if f in region_index() or f in village_index():
        return None
    near = set(one_edit_away(f, _one_word_regions()))
    return near.pop() if len(near) == 1 else None
