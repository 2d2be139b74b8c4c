"""The subject of a regulation the release cites ("Peraturan Daerah Nomor 5 Tahun 2023 tentang Pembentukan Kecamatan
X"): the bodies and places written there are the regulation's words, not bodies or places of the release."""
from __future__ import annotations

import re
from functools import lru_cache

from pipeline.resolve.lexicon import common_words, fold, headline_verb
from pipeline.tables import load_list

# lowercase words a subject goes on over when a capitalized word follows ("Pembentukan Kabupaten X di Provinsi Y"
# stops: "di" tells where the release's event is)
_JOINERS = {"dan", "atas", "serta", "dari", "pada", "dalam", "bagi", "untuk", "terhadap", "antara", "atau",
            "tentang", "kepada", "sebagai"}
# capitalized in a title-case headline, these open its predicate or its place, not more of the subject
_CAPITAL_STOPS = {"di", "ke", "bersama", "dengan", "oleh", "melalui", "kepada", "bagi", "resmi", "mulai"}
_WORD = re.compile(r"\w(?:[\w'’/-]|\.(?=\w))*|\n|\S")


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return frozenset(load_list("regulation_heads"))


_CLAUSE_END = re.compile(r"[,;]|(?<=\w{4})\.\s")  # not the dot of "No. 3"
_TENTANG = re.compile(r"\btentang\b", re.IGNORECASE)


@lru_cache(maxsize=16)
def subject_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Character spans of the subjects after "tentang" of the regulations cited in text."""
    out = []
    for m in _TENTANG.finditer(text):
        if not _cited(text, m.start()):
            continue
        end = _subject_end(text, m.end())
        if end > m.end():
            out.append((m.end(), end))
    return tuple(out)


def inside_subject(text: str, start: int, end: int) -> bool:
    return any(a <= start and end <= b for a, b in subject_spans(text))


def _cited(text: str, at: int) -> bool:
    """A regulation's head word opens the words before "tentang", within one line and no comma."""
    line = text.rfind("\n", 0, at) + 1
    window = text[max(line, at - 160):at]
    cut = max((m.end() for m in _CLAUSE_END.finditer(window)), default=0)
    words = re.findall(r"[\w-]+", window[cut:])
    heads = _heads()
    return any(fold(w) in heads for w in words[-14:])


def _subject_end(text: str, at: int) -> int:
    end = at
    pos = at
    depth = 0
    toks = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, at, min(len(text), at + 400))]
    common = common_words()
    for i, (s, e, w) in enumerate(toks):
        if w == "\n" or w in ",;:.\"“”?!":
            break
        if w == "(":
            depth += 1
            continue
        if w == ")":
            if depth == 0:
                break
            depth -= 1
            end = e
            continue
        nxt = toks[i + 1][2] if i + 1 < len(toks) else ""
        low = fold(w.rstrip("."))
        if w[:1].isupper() or w[:1].isdigit():
            if i and (low in _CAPITAL_STOPS or headline_verb(w.rstrip("."))
                      or (low[:2] == "di" and len(low) > 5 and low in common)):
                break  # "Ranperda tentang X Dibahas Bersama Y": a headline's predicate
            end = e
            continue
        if low in _JOINERS and (nxt[:1].isupper() or nxt[:1].isdigit()):
            continue
        if depth:
            continue
        break
    return end
