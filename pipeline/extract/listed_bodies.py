"""warta_listed_bodies: the items of a list of organizations that no rule names.

"Hadir mitra program antara lain Bank Sulteng, PT Telkom Indonesia, Grab, Shopee, dan Tokopedia": brands and
foreign bodies have no Indonesian head word, so the organization grammar cannot name them; in a list whose items
the rules read as bodies (two or more), a capitalized item that every other component left unexplained is a body
of the same list. It runs after persons, so a name, a post, a place or a venue in the list is never taken.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extract.facts import Mention
from pipeline.extract.organizations import named_body
from pipeline.nlp.state import add_mention, doc_text, mentions
from pipeline.resolve.lexicon import common_words, fold
from pipeline.resolve.names import degree_re, honorific_re
from pipeline.tables import load_tsv

EXPLAINED_KINDS = ("person", "title", "place", "venue", "date", "theme", "organization")
MAX_ITEM_WORDS = 5
# between two items: a comma or a semicolon, with or without "dan/serta", or "dan/serta" alone
_SEPARATOR = re.compile(r"\s*[,;]\s*(?:(?:dan|serta)\s+)?|\s+(?:dan|serta)\s+")
_ITEM_WORD = re.compile(r"[A-Z0-9][\w.'’&-]*|of|and|the|&|de|van")
_ALIAS = re.compile(r"\s*\([^()\n]{1,20}\)")
_TAIL_END = re.compile(r"\s*(?:[.\n]|$)")
_TAIL_STOP = re.compile(r"[.\n(]")
# a list opened by these words may open with an unnamed item ("didukung oleh Unilever, BPS, dan Kalla Group")
_OPENER = re.compile(r"(?:\b(?:antara\s+lain|yaitu|yakni|seperti|meliputi|termasuk|oleh|dari)|:)\s+")


def _item(piece: str) -> bool:
    """A capitalized run short enough to name one item."""
    words = piece.split()
    return 0 < len(words) <= MAX_ITEM_WORDS and piece[:1].isupper() and all(_ITEM_WORD.fullmatch(w) for w in words)


@lru_cache(maxsize=1)
def _named_heads() -> frozenset[str]:
    """Heads that need a name after them ("Universitas", "Yayasan"): alone they name no body."""
    return frozenset(r["head"] for r in load_tsv("org_heads") if r.get("body") == "named")


def _names_a_body(piece: str, common: frozenset[str]) -> bool:
    words = piece.split()
    # "Perangkat Daerah": common words in title case; "..., Dr. Sri Wahyuni": a form of address opens a name
    return not all(fold(w) in common for w in words) and piece not in _named_heads() and not any(
        honorific_re().fullmatch(w) or degree_re().fullmatch(w) for w in words)


def _items(gap: str, opened: bool, closed: bool) -> list[tuple[int, int]] | None:
    """The (start, end) offsets in `gap` of the items it lists, or None when it is no stretch of a list: it must
    open with a separator unless `opened`, and close with one unless `closed`."""
    spans: list[tuple[int, int]] = []
    pos = 0
    if not opened:
        m = _SEPARATOR.match(gap)
        if not m or m.end() == 0:
            return None
        pos = m.end()
    while pos < len(gap):
        sep = _SEPARATOR.search(gap, pos)
        end = sep.start() if sep else len(gap)
        if sep and sep.end() == sep.start():
            return None
        piece = gap[pos:end]
        if not _item(piece):
            return None
        spans.append((pos, end))
        if not sep:
            return spans if closed else None
        pos = sep.end()
    return spans if not closed else None


@Language.factory("warta_listed_bodies")
class ListedBodies:
    """Organization mentions (mode "listed") for the unexplained capitalized items of a list of bodies."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        orgs = sorted(mentions(doc, "organization"), key=lambda m: (m.start, -m.end))
        tops: list[Mention] = []
        for m in orgs:  # the outermost names only
            if not tops or m.start >= tops[-1].end:
                tops.append(m)
        # a lone word only the model reads as a person ("Lazada") is no one's name in a list of bodies
        taken = sorted((m.start, m.end) for kind in EXPLAINED_KINDS for m in mentions(doc, kind)
                       if not (m.data.get("weak") and m.data.get("alone")))
        common = common_words()
        found: list[tuple[int, int]] = []
        chain: list[Mention] = []
        pending: list[tuple[int, int]] = []

        def close(chain: list[Mention], pending: list[tuple[int, int]]) -> None:
            if len(chain) < 2:
                return
            last = chain[-1]
            after = last.end + (len(a.group()) if (a := _ALIAS.match(text, last.end)) else 0)
            stop = _TAIL_STOP.search(text, after)
            tail = text[after:stop.start() if stop else len(text)]
            spans = _items(tail.rstrip(), opened=False, closed=True) if tail.strip() else None
            if spans and _TAIL_END.match(text, after + len(tail.rstrip())):
                pending.extend((after + a, after + b) for a, b in spans)
            first = chain[0]
            base = max(text.rfind("\n", 0, first.start) + 1, first.start - 120)
            opener = None
            for opener in _OPENER.finditer(text, base, first.start):
                pass
            lead = text[opener.end():first.start] if opener else ""
            spans = _items(lead, opened=True, closed=False) if lead else None
            if spans:
                pending.extend((opener.end() + a, opener.end() + b) for a, b in spans)
            found.extend(pending)

        for m in tops:
            if chain:
                prev = chain[-1]
                after = prev.end + (len(a.group()) if (a := _ALIAS.match(text, prev.end)) else 0)
                gap = text[after:m.start]
                spans = _items(gap, opened=False, closed=False) if after <= m.start else None
                if spans is not None or (after <= m.start and _SEPARATOR.fullmatch(gap)):
                    chain.append(m)
                    pending.extend((after + a, after + b) for a, b in spans or [])
                    continue
                close(chain, pending)
            chain, pending = [m], []
        if chain:
            close(chain, pending)
        for a, b in found:
            name = text[a:b]
            if any(x < b and a < y for x, y in taken) or not _names_a_body(name, common):
                continue
            add_mention(doc, named_body(a, b, name, "other", "listed", is_acronym=name.isupper()))
        return doc
