"""Themes and taglines: the text after tema / bertema / mengusung tema / bertajuk ..., quotes removed.

A quoted theme may follow the cue after a short filler ("tema kegiatan tahun ini adalah “...”"); an unquoted
theme must follow the cue directly, start with a capital and runs to the clause end.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extract.event_phrases import channel_alternation
from pipeline.extract.facts import Facts, Mention, Theme
from pipeline.nlp.state import add_mention, mentions, doc_text
from pipeline.tables import load_list, load_tsv

# opener -> closers accepted for it (typists mix straight and curly quotes)
_QUOTES = {
    '"': ('"', "”", "“"),
    "“": ("”", '"', "“"),
    "”": ("”", '"'),
    "„": ("“", "”", '"'),
    "‘": ("’",),
    "'": ("'", "’"),
    "«": ("»",),
}
_MAX_THEME = 300
# Filler allowed between a cue and an opening quote: a few lowercase words or a copula.
_FILLER = re.compile(r"(?:[\w\-/]+\s+){0,6}?(?:adalah|yaitu|yakni|ialah|:)?\s*(?=[\"“”„‘'«])", re.IGNORECASE)
_CLAUSE_END = re.compile(
    r"[.;:!?\n\"“”]|\s[-–—]\s|\((?!\w+\))|,\s+(?:yang|dan|di|pada|dengan|serta|bertempat|kegiatan|acara|sedangkan|"
    r"sementara|selain|hadir|turut|dihadiri|diikuti|dibuka|berlangsung|ia|beliau|kata|ujar|ungkap|jelas)\b"
    r"|\s+(?:yang\s+(?:dihadiri|diikuti|digelar|dilaksanakan|diselenggarakan|berlangsung|dibuka)|dihadiri|diikuti|"
    r"bertempat|berlangsung|dilaksanakan|diselenggarakan|digelar)\b"
    # an unquoted theme ends where the venue begins ("bertajuk Literasi Digital Desa di Aula Kantor Camat")
    r"|\s+di\s+(?=(?:Ruang|Aula|Gedung|Hotel|Balai|Kantor|Pendopo|Pendapa|Lapangan|Halaman|Auditorium|Graha|"
    r"Wisma|Masjid|Jalan|Jl\.|Galeri|Taman|Alun-alun|Stadion|GOR|Rumah\s+Dinas|Rumah\s+Jabatan)\b)"
)


def _cue_pattern() -> re.Pattern[str]:
    cues = sorted(load_list("theme_cues"), key=len, reverse=True)
    alternatives = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues)
    return re.compile(rf"\b(?:{alternatives})\b\s*[:,]?\s*", re.IGNORECASE)


def quoted_after(text: str, pos: int) -> tuple[int, int] | None:
    """The inside of a quotation opening at `pos`, if it closes within reach on the same line."""
    closers = _QUOTES.get(text[pos]) if pos < len(text) else None
    if not closers:
        return None
    limit = min(len(text), pos + 1 + _MAX_THEME)
    line_end = text.find("\n", pos + 1)
    if line_end != -1:
        limit = min(limit, line_end)
    ends = [i for i in (text.find(c, pos + 1, limit) for c in closers) if i != -1]
    if not ends:
        return None
    return pos + 1, min(ends)


@lru_cache(maxsize=1)
def _post_after_comma() -> re.Pattern[str]:
    """A comma, then a position's head (with an acting marker): the clause's subject starts after a theme."""
    heads = sorted({r["head"] for r in load_tsv("title_heads")} | {r["written"] for r in load_tsv("acting_markers")},
                   key=len, reverse=True)
    return re.compile(r",\s+(?:" + "|".join(re.escape(h) for h in heads) + r")\b")


@lru_cache(maxsize=1)
def _way_after() -> re.Pattern[str]:
    """A manner word before a channel of meeting or broadcasting (`channel` rows of event_cues.tsv), or a comma
    before a weekday: an unquoted theme has ended ("tema X secara daring", "tema X via Zoom", "tema X, Senin")."""
    channels = channel_alternation()
    days = "|".join(re.escape(r["name"]) for r in load_tsv("weekdays"))
    return re.compile(rf"\s+(?:secara|melalui|via)\s+(?:{channels})\b|,\s*(?:{days})\b", re.IGNORECASE)


def theme_after(text: str, pos: int) -> tuple[int, int] | None:
    """Char span of the theme introduced by a cue ending at `pos`, or None."""
    if pos >= len(text):
        return None
    span = quoted_after(text, pos)
    if span is None:
        filler = _FILLER.match(text, pos)
        if filler and filler.end() > pos and "\n" not in text[pos:filler.end()]:
            span = quoted_after(text, filler.end())
    if span is None:
        if not text[pos].isupper():  # unquoted themes are written in title or sentence case
            return None
        m = _CLAUSE_END.search(text, pos)
        stop = m.start() if m else len(text)
        way = _way_after().search(text, pos, stop)
        stop = way.start() if way else stop  # "dengan tema X via Zoom, Senin (3/3)": how it was met, then its day
        post = _post_after_comma().search(text, pos, stop)
        stop = post.start() if post else stop  # "Mengangkat tema Haji, Kakanwil X membuka ...": the subject follows
        if stop - pos > 200:
            return None
        span = (pos, stop)
    start, stop = span
    raw = text[start:stop]
    theme = raw.strip(" ,.;:\t")
    if len(theme.split()) < 2:
        return None
    start += raw.index(theme)
    return start, start + len(theme)


@Language.factory("warta_themes")
class ThemeFinder:
    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.cue = _cue_pattern()

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        taken: list[tuple[int, int]] = []
        for m in self.cue.finditer(text):
            span = theme_after(text, m.end())
            if span and not any(a <= span[0] < b for a, b in taken):
                taken.append(span)
                start, end = span
                add_mention(doc, Mention(start, end, text[start:end], kind="theme", data={"cue": m.group().strip()}))
        return doc


def to_facts(doc: Doc, facts: Facts) -> None:
    seen: set[str] = set()
    for m in mentions(doc, "theme"):
        key = " ".join(m.text.lower().split())
        if key not in seen:
            seen.add(key)
            facts.themes.append(Theme(text=" ".join(m.text.split()), span=(m.start, m.end)))
