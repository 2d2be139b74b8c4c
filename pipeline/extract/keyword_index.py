"""Whole-word keyword search over a text by dictionary lookup instead of one long regex alternation.

`KeywordIndex(keywords).finditer(text)` yields the same matches as
``re.finditer(r"(?<!\\w)(?:k1|k2|...)(?!\\w)", text, re.IGNORECASE)`` with the keywords sorted longest first:
leftmost, longest keyword at each position, non-overlapping. Python's regex engine tries every alternative at
every position, which took ~10 ms per release for a few hundred keywords; here only the keywords whose first
word equals the word at hand are tried.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_WORD = re.compile(r"\w+")


class KeywordIndex:
    def __init__(self, keywords: Iterable[str]):
        groups: dict[str, list[str]] = {}
        odd = False
        for keyword in {k.lower() for k in keywords if k}:
            m = _WORD.match(keyword)
            if m is None:
                odd = True
            else:
                groups.setdefault(m.group(), []).append(keyword)
        self.by_first = {w: tuple(sorted(ks, key=len, reverse=True)) for w, ks in groups.items()}
        self.keywords = sorted({k.lower() for k in keywords if k}, key=len, reverse=True)
        # A keyword that starts with a non-word character can match where no word starts: the plain regex then.
        self.fallback = re.compile("(?<!\\w)(?:" + "|".join(re.escape(k) for k in self.keywords) + ")(?!\\w)") \
            if odd else None

    def finditer(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, keyword) in the lowercased text."""
        low = text.lower()
        if self.fallback is not None:
            return ((m.start(), m.end(), m.group()) for m in self.fallback.finditer(low))
        return self._words(low)

    def _words(self, low: str) -> Iterator[tuple[int, int, str]]:
        by_first = self.by_first
        n = len(low)
        pos = 0
        for m in _WORD.finditer(low):
            start = m.start()
            if start < pos:
                continue
            for keyword in by_first.get(m.group(), ()):
                end = start + len(keyword)
                if low.startswith(keyword, start) and (end == n or not _is_word(low[end])):
                    yield start, end, keyword
                    pos = end
                    break

    def findall(self, text: str) -> list[str]:
        return [k for _, _, k in self.finditer(text)]


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"
