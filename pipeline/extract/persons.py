"""Persons: names anchored by a position title (after it, or before it with a comma, "selaku", "sebagai",
"menjadi" or brackets), by an honorific, by a byline, or (fallback) by the statistical NER; then one entry
per person with every span and every position (resolve/persons.py)."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extract.facts import Facts, Mention
from pipeline.nlp.state import add_mention, mentions
from pipeline.resolve import bylines
from pipeline.resolve import persons as merge
from pipeline.resolve.lexicon import fold
from pipeline.extract.titles import looks_like_place
from pipeline.resolve.names import NameRead, honorific_re, is_name_word, read_name, read_name_before, split_name

_AFTER = re.compile(r"[ \t]*(,[ \t]*)?(?:\([ \t]*[A-Z][\w \-]{0,15}\)[ \t]*,?[ \t]*)?(\n[ \t]*)?")
_BEFORE_CUE = re.compile(r"(?:,|\s(?:selaku|sebagai|yang juga|yang merupakan|merangkap|menjadi)|\()[ \t]*$")
_CHAIN_CUE = re.compile(r"\s(?:selaku|sebagai|yang juga|merangkap|menjadi)[ \t]*$")
_STRONG_HONORIFIC = re.compile(r"(?:H|Hj|Dr|dr|drg|Ir|Drs|Dra|Prof|Ny|K\.?H|Bapak|Pak|Ibu|Bu|Sdr|Sdri)\b")
_NOT_BYLINE = {"rel", "red", "adv", "foto", "ant", "antara", "humas", "editor", "sumber", "ist", "dok"}


@Language.factory("warta_persons")
class PersonFinder:
    def __init__(self, nlp: Language, name: str):
        self.name = name
        honorific_re()

    def __call__(self, doc: Doc) -> Doc:
        for m in find(doc):
            add_mention(doc, m)
        return doc


def _blocked(doc: Doc, start: int, end: int) -> bool:
    for kind in ("organization", "title"):
        for m in mentions(doc, kind):
            if m.start < end and start < m.end:
                return True
    return False


def _weak_lines(text: str) -> list[tuple[int, int]]:
    """Headline-like lines (capitalized words, no final stop) where verbs are capitalized too."""
    out = []
    pos = 0
    for line in text.split("\n")[:3]:
        words = line.split()
        if 2 < len(words) <= 25 and not line.rstrip().endswith("."):
            caps = sum(1 for w in words if w[:1].isupper())
            if caps / len(words) > 0.6:
                out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _person(r: NameRead, how: str, title: Mention | None = None, source: str = "rule", weak: bool = False) -> Mention:
    return Mention(r.start, r.end, r.name, kind="person", source=source, data={
        "name": r.name, "honorifics": r.honorifics, "degrees": r.degrees, "how": how,
        "title": _title_ref(title), "weak": weak, "outer": [r.outer_start, r.outer_end]})


def _title_ref(t: Mention | None) -> dict | None:
    if t is None:
        return None
    return {"text": t.text, "start": t.start, "end": t.end, **t.data}


def find(doc: Doc) -> list[Mention]:
    text = doc.text
    weak_lines = _weak_lines(text)

    def weak(pos: int) -> bool:
        return any(a <= pos < b for a, b in weak_lines)

    titles = sorted(mentions(doc, "title"), key=lambda m: m.start)
    out: list[Mention] = []
    named: dict[int, Mention] = {}  # title start -> person mention
    claimed: set[tuple[int, int]] = set()
    for t in titles:
        m = _AFTER.match(text, t.end)
        newline = bool(m.group(2))
        r = read_name(text, m.end(), allow_newline=False)
        if r is None or (newline and not r.honorifics):
            continue
        if _blocked(doc, r.start, r.end) or not _plausible_after(text, t, r, bool(m.group(1)), doc):
            continue
        p = _person(r, "after", t, weak=weak(r.start))
        out.append(p)
        named[t.start] = p
        claimed.add((r.start, r.end))
    for t in titles:
        if t.start in named:
            continue
        before = text[max(0, t.start - 40):t.start]
        chain = _CHAIN_CUE.search(before)
        if chain:
            # "Pratikno Menteri Sekretaris Negara menjadi Plt. Seskab": the second title joins the first's holder
            cue_start = t.start - len(before) + chain.start()
            prev = next((x for x in titles if x.end == cue_start and x.start in named), None)
            if prev is not None:
                holder = named[prev.start]
                p = Mention(holder.start, holder.end, holder.text, kind="person", data={
                    **holder.data, "how": "chain", "title": _title_ref(t)})
                out.append(p)
                named[t.start] = p
                continue
        cue = _BEFORE_CUE.search(before)
        cut = t.start - len(before) + cue.start() if cue else t.start
        if not cue and not re.search(r"[ \t]$", before):
            continue
        r = read_name_before(text, cut)
        if r is None or _blocked(doc, r.start, r.end):
            continue
        if (r.start, r.end) in claimed:
            continue  # a list "Jabatan, Nama, Jabatan": that name belongs to the title before it
        if not cue and any(x.end <= r.start and r.start - x.end <= 2 for x in titles):
            continue
        p = _person(r, "before", t, weak=weak(r.start))
        out.append(p)
        named[t.start] = p
    out.extend(_honorific_anchored(doc, out, weak))
    out.extend(_byline_persons(doc, out))
    out.extend(_ner_persons(doc, out, weak))
    return out


def _plausible_after(text: str, title: Mention, r: NameRead, comma: bool, doc: Doc) -> bool:
    """Guards for a name read right after a title."""
    if title.data.get("takes") == "place" and looks_like_place(r.name):
        return False  # "Pj Bupati Bene Meriah": a (misspelt) place, not a name
    words = r.name.split()
    if len(words) == 1 and not comma and not r.honorifics and not r.degrees:
        follow = text[r.outer_end:r.outer_end + 2]
        if re.match(r"[ \t]+[a-z]", follow + " ") and follow.strip()[:1].islower():
            # "Ketua Dewan Penyantun untuk": one unknown word then prose; a name recurs or the NER knows it
            again = len(re.findall(rf"(?<![\w]){re.escape(r.name)}(?![\w])", text)) > 1
            ner = any(m.start <= r.start and r.end <= m.end and m.data.get("label") == "PER"
                      for m in mentions(doc, "ner"))
            return again or ner
    return True


def _covered(out: list[Mention], start: int, end: int) -> bool:
    return any(p.start < end and start < p.end for p in out)


def _honorific_anchored(doc: Doc, found: list[Mention], weak) -> list[Mention]:
    text = doc.text
    out: list[Mention] = []
    for m in _STRONG_HONORIFIC.finditer(text):
        if m.start() and text[m.start() - 1].isalnum():
            continue
        r = read_name(text, m.start())
        if r is None or not r.honorifics or _covered(found + out, r.start, r.end):
            continue
        if _blocked(doc, r.start, r.end):
            continue
        out.append(_person(r, "honorific", weak=weak(r.start)))
    return out


def _byline_persons(doc: Doc, found: list[Mention]) -> list[Mention]:
    text = doc.text
    out = []
    for s, e, part in bylines.closing_parts(text):
        words = part.split()
        if not 1 <= len(words) <= 3 or fold(words[0]) in _NOT_BYLINE:
            continue
        if not all(is_name_word(w) for w in words) or _covered(found, s, e) or _blocked(doc, s, e):
            continue
        r = read_name(text, s)
        if r is None or r.end != e:
            continue
        out.append(_person(r, "byline"))
    return out


def _ner_persons(doc: Doc, found: list[Mention], weak) -> list[Mention]:
    out = []
    text = None
    for m in mentions(doc, "ner"):
        if m.data.get("label") != "PER":
            continue
        hon, name, deg = split_name(m.text)
        words = name.split()
        if not words or not all(is_name_word(w) for w in words):
            continue
        text = text or doc.text
        r = read_name(text, m.start)
        if r is None or _covered(found + out, r.start, r.end) or _blocked(doc, r.start, r.end):
            continue
        out.append(_person(r, "ner", source="ner", weak=weak(r.start) or len(r.name.split()) < 2))
    return out


def to_facts(doc: Doc, facts: Facts) -> None:
    facts.persons.extend(merge.persons_of(doc.text, mentions(doc, "person"), mentions(doc, "title"),
                                          mentions(doc, "organization")))
