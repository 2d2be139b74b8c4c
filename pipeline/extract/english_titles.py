"""Posts written in English: HEAD (of|for) (the)? BODY, or HEAD ACRONYM (data/title_heads_english.txt).

Releases on international meetings name foreign counterparts by their English posts ("Treasurer of Australia",
"Managing Director of IMF Kristalina Georgieva", "President ADB, Masato Kanda"). The body runs over capitalized
words and the connectors between them; an acronym closes it when a name follows right after it, and so do a
comma, a bracket, a line end, an honorific and any lowercase word.
"""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.facts import Mention
from pipeline.nlp.ner import common_words
from pipeline.resolve.lexicon import fold
from pipeline.resolve.names import honorific_re
from pipeline.tables import load_list

_QUALIFIERS = ("Regional", "Principal", "Senior", "Acting", "Interim", "Executive", "First", "Second")
_CONNECTORS = {"of", "and", "for", "the", "&", "on", "in"}
_WORD = re.compile(r"[A-Z][\w.&'’\-]*|of|and|for|the|&|on|in")
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&\-]{1,9}")
_GAP = re.compile(r"[ \t]+")


@lru_cache(maxsize=1)
def _head_re() -> re.Pattern[str]:
    heads = sorted(load_list("title_heads_english"), key=len, reverse=True)
    qualifiers = "|".join(_QUALIFIERS)
    alts = "|".join(re.escape(h).replace(r"\ ", r"[ \t]+") for h in heads)
    return re.compile(rf"(?<![\w-])(?:(?:{qualifiers})[ \t]+)*(?P<head>{alts})(?![\w-])")


def find_english(text: str) -> list[Mention]:
    out = []
    for m in _head_re().finditer(text):
        end = _body_end(text, m.end())
        if end is None:
            continue
        start = _body_before(text, m.start())
        written = text[start:end]
        head = " ".join(m.group("head").split())
        out.append(Mention(start, end, written, kind="title", data={
            "head": head, "head_written": text[start:m.end()], "acting": None, "takes": "org", "unit": None, "has_tail": True,
            "corrected": " ".join(written.split()), "org": None, "lower_tail": False, "english": True,
            # "... Finance Cooperation (IFC), Makhtar Diop", "... JICA Indonesia Office, Takehiro Kano": the body's
            # bracketed acronym or its noun ends it for certain
            "closed": written.endswith(")") or written.split()[-1].lower() in english_body_words()}))
    return out


_CAPITALS_BEFORE = re.compile(r"(?:[A-Z][\w&'’\-]*[ \t]+){1,4}$")
_LIST_BOUNDARY = re.compile(r"(?:^|[;,:(\n]|[ \t][a-z]+)[ \t]*$")


def _body_before(text: str, start: int) -> int:
    """'dan World Bank Vice President for ...': an English body name written before the post, opening an item
    of a list or following a lowercase word, is the post's body too. Its last word is a word of English body
    names, and none of its words is one running text writes in lowercase ("Bertemu World Bank President")."""
    m = _CAPITALS_BEFORE.search(text, max(0, start - 60), start)
    if m is None:
        return start
    words = m.group(0).split()
    if words[-1].lower() not in english_body_words() or any(fold(w) in common_words() for w in words):
        return start
    return m.start() if _LIST_BOUNDARY.search(text, max(0, m.start() - 30), m.start()) else start


def _body_end(text: str, pos: int) -> int | None:
    """Where the body after a head ends, or None when no body follows."""
    g = _GAP.match(text, pos)
    if g is None:
        return None
    first = _WORD.match(text, g.end())
    if first is None:
        return None
    if first.group(0) in ("of", "for"):
        words, _ = _words(text, first.end())
        # the body must hold a capitalized word, and does not end on a connector
        while words and words[-1][2] in _CONNECTORS:
            words.pop()
        return _past_acronym(text, words[-1][1]) if words and any(w[2][0].isupper() for w in words) else None
    # "Managing Director International Finance Cooperation (IFC), ...", "Founder Aliansi X Prof. Dr. ...",
    # "Chairman The Jakarta Consulting Group A. B. ...": a body written right after the head, with no "of", is
    # told from its holder's name by what closes it: its bracketed acronym, the holder's honorific, or an English
    # word of body names ending it
    words, stop = _words(text, pos)
    while words and words[-1][2] in _CONNECTORS:
        words.pop()
    if words and words[0][2][0].isupper():
        closed = _BRACKETED.match(text, words[-1][1])
        if closed and sum(c.isupper() for c in closed.group(1)) >= 2:
            return _past_acronym(text, words[-1][1])
        if stop == "honorific":
            return words[-1][1]
        # the body word must end what was read, or come right before the holder's initial ("Group A. B. ..."):
        # "President Director PT Bank Mandiri ..." goes on past "Bank"
        last = len(words) - 2 if stop == "stop" and len(words[-1][2]) == 1 else len(words) - 1
        if last >= 1 and stop != "holder" and words[last][2].lower() in english_body_words():
            return words[last][1]
    acronym = _ACRONYM.fullmatch(first.group(0).rstrip("."))
    return first.end() if acronym else None  # "President ADB", "Managing Director IMF"


# "Head of Delegation (HoD)", "... Investment Bank (AIIB)": the body's or the post's acronym in brackets
_BRACKETED = re.compile(r"[ \t]*\([ \t]*([A-Z][A-Za-z0-9&\-]{1,9})[ \t]*\)")
_OF = re.compile(r"[ \t]+(?:of|for)(?=[ \t])")


def _past_acronym(text: str, end: int) -> int:
    """The body's end taken past its bracketed acronym, and past the body it belongs to when "of" follows
    ("Chief of Defence Staff (CDS) of The Indian Armed Forces")."""
    m = _BRACKETED.match(text, end)
    if m is None or sum(c.isupper() for c in m.group(1)) < 2:
        return end
    of = _OF.match(text, m.end())
    if of is not None:
        words, _ = _words(text, of.end())
        while words and words[-1][2] in _CONNECTORS:
            words.pop()
        if words and any(w[2][0].isupper() for w in words):
            return words[-1][1]
    return m.end()


def _words(text: str, pos: int) -> tuple[list[tuple[int, int, str]], str | None]:
    """The body's words from `pos`, and what stopped them: the holder's honorific, a name after an acronym, a
    sentence's full stop, or (None) anything else."""
    out: list[tuple[int, int, str]] = []
    while True:
        g = _GAP.match(text, pos)
        if g is None:
            return out, None
        if honorific_re().match(text, g.end()):
            return out, "honorific"  # "... Office UNOPS Ms. Samina Kadwani": the holder's honorific ends the body
        w = _WORD.match(text, g.end())
        if w is None:
            return out, None
        tok = w.group(0)
        if tok.endswith(".") and not _ACRONYM.fullmatch(tok.rstrip(".")) and "." not in tok[:-1]:
            out.append((w.start(), w.end() - 1, tok[:-1]))
            return out, "stop"  # a sentence's full stop
        out.append((w.start(), w.end(), tok))
        if _ACRONYM.fullmatch(tok) and _holder_after(text, w.end()):
            return out, "holder"  # "Managing Director of IMF Kristalina Georgieva": an acronym closes the body before a name
        pos = w.end()


_NEXT_WORDS = re.compile(r"[ \t]+([A-Z][a-z]+)[ \t]+([A-Z][a-z]+)")


@lru_cache(maxsize=1)
def english_body_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load_list("english_body_words"))


def _holder_after(text: str, pos: int) -> bool:
    """Two capitalized words after an acronym are its holder's name ("IMF Kristalina Georgieva"), unless one of
    them is a word of English body names ("US-ASEAN Business Council")."""
    m = _NEXT_WORDS.match(text, pos)
    return bool(m) and m.group(1).lower() not in english_body_words() and m.group(2).lower() not in english_body_words()
