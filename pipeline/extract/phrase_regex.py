"""Regular expressions for long phrase lists, written as a prefix tree.

A plain alternation "rapat koordinasi|rapat|rakor|..." makes Python's regex engine try every phrase at every
position of the text. Factored by common prefixes ("ra(?:pat(?:\\s+koordinasi)?|kor)") a position fails at the
first character that no phrase continues with. Greedy branches try longer phrases first, so the match at a
position is the same as with the phrases sorted longest first (all candidates there are prefixes of one another).
"""
from __future__ import annotations

import re
from collections.abc import Iterable

_SPACE = object()  # one unit standing for \s+ (a space inside a phrase)


def _units(phrase: str, fold: bool, spaces: bool) -> tuple:
    if fold and len(phrase.lower()) == len(phrase):  # the regex flag folds case; the tree needs one spelling
        phrase = phrase.lower()
    return tuple(_SPACE if spaces and ch == " " else ch for ch in phrase)


def trie_pattern(phrases: Iterable[str], ignore_case: bool = True, flexible_spaces: bool = True) -> str:
    """A regex source matching exactly the phrases (spaces as \\s+ when flexible_spaces), no boundaries."""
    root: dict = {}
    for phrase in phrases:
        if not phrase:
            continue
        node = root
        for unit in _units(phrase, ignore_case, flexible_spaces):
            node = node.setdefault(unit, {})
        node[None] = True
    if not root:
        return "(?!)"
    return _render(root)


def _render(node: dict) -> str:
    ends = None in node
    branches = []
    for unit, child in node.items():
        if unit is None:
            continue
        head = r"\s+" if unit is _SPACE else re.escape(unit)
        branches.append(head + _render(child))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        # greedy: the longer phrase first, the shorter one on backtracking
        return body + "?" if len(branches) == 1 and len(branches[0]) == 1 else f"(?:{body})?"
    return body


def phrase_regex(phrases: Iterable[str], flags: int = re.IGNORECASE, before: str = r"(?<![\w\-])",
                 after: str = r"(?![\w\-])") -> re.Pattern[str]:
    """Whole-phrase search for many phrases (default boundaries: no word character or hyphen around)."""
    body = trie_pattern(phrases, ignore_case=bool(flags & re.IGNORECASE))
    return re.compile(f"{before}(?:{body}){after}", flags)


_PASSIVE = re.compile(r"\bdi(?=[a-z]{4})")


def with_passives_apart(phrases: Iterable[str]) -> list[str]:
    """The phrases and their forms with each passive verb's prefix typed apart ("diwakili oleh" and "di wakili
    oleh"): releases often write "di" apart from the verb it belongs to. For lists of verb phrases only."""
    out = list(phrases)
    out += [_PASSIVE.sub("di ", p) for p in out if _PASSIVE.search(p)]
    return out
