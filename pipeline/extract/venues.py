"""Venues: named facilities where something happens ("Gedung Krida Bhakti", "Torau Resort", "Pendopo Dipokusumo").

A venue is a head word from data/venue_heads.tsv with a capitalized name after it (prefix heads: "Gedung X") or
before it (postfix heads: "Rocky Plaza Hotel"). The name runs over capitalized words, "(HOB)"-style acronyms and
"of"/"dan" between capitals; it stops at punctuation, lowercase words, break words (data/venue_terms.tsv) and at
a bare city written after it ("... Kemendagri Jakarta", "Torau Resort-Tentena"), which becomes the venue's place.
Region names that belong to the name stay ("Kantor Gubernur Kaltim", "KUA Kecamatan Wonokerto").
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extract.facts import Facts, Mention, Venue
from pipeline.nlp.state import doc_text as cached_text
from pipeline.nlp.state import add_mention, mentions
from pipeline.tables import load_list, load_tsv

_TOKEN = re.compile(r"\([A-Z][A-Za-z0-9]{1,12}\)|[^\W_]+(?:[-'’][^\W_]+)*|\S")
_CONNECTORS = {"of", "dan", "&", "de", "du", "la", "the"}
MAX_NAME_WORDS = 12


def _capital(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit() or word.startswith("(")


@Language.factory("warta_venues")
class VenuesComponent:
    def __init__(self, nlp: Language, name: str):
        self.name = name
        rows = load_tsv("venue_heads")
        self.heads = {r["head"].lower(): r for r in rows}
        alternatives = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in sorted(self.heads, key=len, reverse=True))
        self.head_re = re.compile(rf"(?<![\w-])(?:{alternatives})(?!\w)", re.IGNORECASE)
        terms = load_tsv("venue_terms")
        self.triggers = sorted((t["word"] for t in terms if t["kind"] == "trigger"), key=len, reverse=True)
        self.trigger_re = re.compile(rf"(?:^|\s)(?:{'|'.join(map(re.escape, self.triggers))})\s+$", re.IGNORECASE)
        self.breaks = {t["word"].lower() for t in terms if t["kind"] == "break"}
        self.owners = {t["word"].lower() for t in terms if t["kind"] == "owner"}
        self.offices = {t["word"].lower() for t in terms if t["kind"] == "office"}
        self.name_heads = set(load_list("place_name_heads"))
        self.function_words = set(load_list("stopwords_id"))

    def __call__(self, doc: Doc) -> Doc:
        text = cached_text(doc)
        skip_until = _headline_end(doc, text)
        places = sorted(mentions(doc, "place"), key=lambda m: m.start)
        orgs = [(o.start, o.end) for o in mentions(doc, "organization")]
        taken_until = 0
        for m in self.head_re.finditer(text):
            if m.start() < max(skip_until, taken_until):
                continue
            if any(a < m.start() < b for a, b in orgs):
                continue  # "Dinas Pekerjaan Umum dan Penataan Ruang": a word of an organization's name
            head = re.sub(r"\s+", " ", m.group()).lower()
            row = self.heads[head]
            capital = m.group()[:1].isupper()
            triggered = bool(self.trigger_re.search(text[max(0, m.start() - 30):m.start()]))
            if row["trigger"] in ("yes", "office") and not triggered:
                continue
            if row["trigger"] == "office":
                nxt = re.match(r"\s+([^\W_]+)", text[m.end():])
                if not (nxt and nxt.group(1).lower() in self.offices):
                    continue
            span = None
            if row["position"] in ("postfix", "both") and capital:
                span = self._postfix(text, m)
            if span is None and row["position"] in ("prefix", "both"):
                if capital:
                    span = self._prefix(text, m.start(), m.end(), places)
                elif triggered:
                    span = self._owner_hall(text, m.start(), m.end())
            if span is None:
                continue
            start, end = span
            place = _place_after(text, end, places)
            add_mention(doc, Mention(start, end, text[start:end], kind="venue", data={
                "name": text[start:end], "head": m.group(), "place": place.data.get("name") if place else None,
            }))
            taken_until = end
        return doc

    def _postfix(self, text: str, m: re.Match) -> tuple[int, int] | None:
        """'Rocky Plaza Hotel': capitalized words right before the head, back to a trigger or punctuation."""
        words = list(re.finditer(r"[^\W_]+(?:[-'’][^\W_]+)*", text[max(0, m.start() - 80):m.start()]))
        base = max(0, m.start() - 80)
        start = None
        pos = m.start()
        for w in reversed(words):
            gap = text[base + w.end():pos]
            if gap not in (" ", "  ") or not _capital(w.group()) or w.group().lower() in self.function_words:
                break
            if w.group().lower() in self.heads and self.heads[w.group().lower()]["position"] != "postfix":
                break
            start = base + w.start()
            pos = start
        if start is None:
            return None
        before = text[max(0, start - 2):start]
        if start > 0 and "\n" not in before and before.strip() in ("",) and start >= 1:
            # a capitalized word before the name that is not a trigger: part of a longer title, skip it
            prev = re.search(r"([^\W_]+)\s*$", text[max(0, start - 30):start])
            if prev and _capital(prev.group(1)) and prev.group(1).lower() not in self.function_words:
                return None
        return start, m.end()

    def _prefix(self, text: str, start: int, pos: int, places: list[Mention]) -> tuple[int, int] | None:
        """'Gedung X Y (XY) ...': the name after a prefix head."""
        end = pos
        count = 0
        last_word = ""
        i = pos
        while count < MAX_NAME_WORDS:
            gap = re.match(r"[ \t]*", text[i:])
            j = i + gap.end()
            if gap.end() == 0 and i != pos or gap.end() > 2:
                break
            tok = _TOKEN.match(text, j)
            if not tok:
                break
            word = tok.group()
            if word.lower() in _CONNECTORS:
                nxt = _TOKEN.match(text, tok.end() + 1) if tok.end() < len(text) else None
                if not (nxt and _capital(nxt.group()) and text[tok.end():tok.end() + 1] == " "):
                    break
                i = tok.end()
                continue
            if not (_capital(word) and (word[:1].isalnum() or (word.startswith("(") and len(word) > 2))):
                break
            if count and word.lower() in self.breaks:
                break
            place = next((p for p in places if p.start == j), None)
            if place is not None and count and not place.data.get("cue") and _city_like(place) and \
                    last_word.lower() not in self.name_heads:
                break  # a city after the name: "... Kemendagri Jakarta" (islands and provinces stay: "Stadion Utama Riau")
            if place is not None and place.end > tok.end():
                tok_end = place.end
            else:
                tok_end = tok.end()
            count += 1
            last_word = text[j:tok_end].split()[-1]
            end = i = tok_end
        if count == 0 or not re.search(r"(?<!\()\b[^\W\d_]{2,}", text[pos:end]):
            return None
        # A trailing owner acronym is the owner, not the name: "Gedung Radius Prawiro DJPK".
        words = text[pos:end].split()
        if len(words) >= 3 and words[-1].isupper() and words[-1].isalpha() and len(words[-1]) >= 3:
            end = pos + text[pos:end].rstrip().rfind(" ")
        return start, end

    def _owner_hall(self, text: str, start: int, pos: int) -> tuple[int, int] | None:
        """'di aula setdakab': a lowercase head with an office word."""
        m = re.match(r"[ \t]+([a-z]+)", text[pos:])
        if m and m.group(1) in self.owners:
            return start, pos + m.end()
        return None


# Provinces that read as a city after a venue name.
_CITY_PROVINCES = {"31"}


def _city_like(place: Mention) -> bool:
    kind = place.data.get("kind")
    return kind in ("kota", "kabupaten", "kecamatan", "desa") or place.data.get("code") in _CITY_PROVINCES


def _headline_end(doc: Doc, text: str) -> int:
    """End of the headline when the text starts with it (its title-case words are not venue names)."""
    title = doc._.title
    if title and text.startswith(title) and len(text) > len(title) + 200:
        return len(title)
    return 0


def _place_after(text: str, end: int, places: list[Mention]) -> Mention | None:
    for p in places:
        if end <= p.start <= end + 3 and text[end:p.start].strip(" ,-–") == "":
            return p
    return None


def to_facts(doc: Doc, facts: Facts) -> None:
    venues: dict[str, Venue] = {}
    for m in mentions(doc, "venue"):
        key = m.text.lower()
        venue = venues.get(key)
        if venue is None:
            venues[key] = Venue(name=m.text, spans=[(m.start, m.end)], place=m.data.get("place"))
        else:
            venue.spans.append((m.start, m.end))
            venue.place = venue.place or m.data.get("place")
    facts.venues.extend(venues.values())
