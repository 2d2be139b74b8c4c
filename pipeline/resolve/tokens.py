"""Word/punctuation tokens with char offsets, and phrase tables keyed by their first token.

The who-grammars walk these tokens instead of spaCy's so that "TP-PKK", "se-Provinsi" and "Musta’in"
stay one word and abbreviation dots stay separate marks.
"""
from __future__ import annotations

from pipeline.nlp.state import doc_text  # noqa: F401  (re-exported)
import re
from functools import lru_cache
from typing import Any

# a hyphen joins the parts of a word ("Al-Kautsar", "Covid-19"), not a year and the word a sloppy dateline glues to it
# ("7 Maret 2025-Ketua DPRD ...")
_TOKEN = re.compile(r"\w+(?:(?:[’'`]|-(?!(?<=\b(?:19|20)\d\d-)[A-Z][a-z]))\w+)*|[^\s\w]")


class Tok:
    """A token; its word-class flags are computed once (the grammars test them many times per token)."""

    __slots__ = ("start", "end", "text", "is_word", "cap", "upper")

    def __init__(self, start: int, end: int, text: str):
        self.start, self.end, self.text = start, end, text
        first = text[:1]
        self.is_word = first.isalnum()
        self.cap = first.isupper()
        self.upper = len(text) >= 2 and text.isupper()

    def __repr__(self) -> str:
        return f"Tok({self.start}, {self.end}, {self.text!r})"


@lru_cache(maxsize=8)
def tokenize(text: str) -> list[Tok]:
    """Tokens of a text (cached: several components walk the same document; treat the list as read-only)."""
    return [Tok(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text)]


def glued(text: str, a: Tok, b: Tok) -> bool:
    """b follows a with nothing between (an abbreviation dot, a hyphen)."""
    return a.end == b.start


def unit_slash(text: str, number: Tok, slash: Tok, name: Tok) -> bool:
    """The slash between a numbered unit and its seat, glued or spaced on one or both sides ("Kodim 0303/Bengkalis",
    "Dandim 0303/ Bengkalis", "Kodim 0303 / Bengkalis"): at most one space each side."""
    return text[number.end:slash.start] in ("", " ") and text[slash.end:name.start] in ("", " ")


def same_line_gap(text: str, a: Tok, b: Tok) -> bool:
    """Only spaces/tabs between a and b."""
    gap = text[a.end:b.start]
    return gap.strip(" \t") == ""


class PhraseTable:
    """Multi-word phrases looked up by token position (longest first)."""

    def __init__(self, entries: list[tuple[str, Any]], fold_case: bool = False):
        self.fold_case = fold_case
        self.by_first: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        for phrase, value in entries:
            # an ampersand is part of the name ("S&P", "Standard & Poor's", "R&I")
            words = tuple(t.text for t in tokenize(phrase) if t.is_word or t.text == "&")
            if not words:
                continue
            key = self._k(words[0])
            self.by_first.setdefault(key, []).append((tuple(self._k(w) for w in words), value))
        for lst in self.by_first.values():
            lst.sort(key=lambda e: len(e[0]), reverse=True)

    def _k(self, w: str) -> str:
        return w.lower() if self.fold_case else w

    def match(self, text: str, toks: list[Tok], i: int) -> tuple[int, Any] | None:
        """(index after the phrase, value) for the longest phrase starting at token i; words may be separated
        by spaces, a hyphen or an abbreviation dot."""
        if i >= len(toks) or not toks[i].is_word:
            return None
        cands = self.by_first.get(self._k(toks[i].text))
        if not cands:
            return None
        for words, value in cands:
            j = i
            ok = True
            for n, w in enumerate(words):
                while n and j < len(toks) and toks[j].text in ".-/" and glued(text, toks[j - 1], toks[j]):
                    j += 1
                if j >= len(toks) or self._k(toks[j].text) != w:
                    ok = False
                    break
                if n and not same_line_gap(text, toks[j - 1], toks[j]):
                    ok = False
                    break
                j += 1
            if ok:
                return j, value
        return None




def find_all(text: str, form: str, boundary: str = "’'") -> list[tuple[int, int]]:
    """Spans of `form` in text as a whole word (no letter/digit/_ or `boundary` char on either side);
    a plain substring scan, cheaper than compiling one regex per name."""
    out = []
    n = len(form)
    i = text.find(form)
    while i != -1:
        before = text[i - 1] if i else " "
        after = text[i + n] if i + n < len(text) else " "
        if not (before.isalnum() or before == "_" or before in boundary) and \
                not (after.isalnum() or after == "_" or after in boundary):
            out.append((i, i + n))
        i = text.find(form, i + 1)
    return out
