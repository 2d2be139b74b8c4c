"""Canonical organizations: the national registry (data/agencies.tsv), regional-body acronyms
(data/regional_bodies.tsv) and a compositional key (unit + portfolio + jurisdiction) for regional bodies.

"Disperindag Sulteng", "Dinas Perindag Provinsi Sulteng" and "Dinas Perindustran dan Perdagangan Provinsi
Sulawesi Tengah" all get the key "dinas perindustrian dan perdagangan sulawesi tengah".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.resolve.lexicon import fold
from pipeline.tables import load_tsv


@dataclass(frozen=True)
class Agency:
    name: str
    acronyms: tuple[str, ...]
    kind: str
    parent: str | None
    regional: bool
    local: bool = False  # exists only in the regions ("Bappeda"): a placed mention is the region's own body
    dinas: bool = False  # no office of its own in the regions: "Kominfo Sultra" is the province's Dinas Kominfo


@dataclass(frozen=True)
class RegionalBody:
    acronym: str
    unit: str
    portfolio: str
    needs_place: bool

    @property
    def name(self) -> str:
        return f"{self.unit} {self.portfolio}".strip()


@lru_cache(maxsize=1)
def agencies() -> tuple[Agency, ...]:
    return tuple(
        Agency(r["name"], tuple(a for a in r["acronyms"].split("|") if a), r["kind"] or "government",
               r["parent"] or None, r["regional"] in ("yes", "only", "dinas"), r["regional"] == "only", r["regional"] == "dinas")
        for r in load_tsv("agencies")
    )


@lru_cache(maxsize=1)
def _by_form() -> dict[str, Agency]:
    out: dict[str, Agency] = {}
    for a in agencies():
        for form in (a.name, *a.acronyms):
            out.setdefault(_form_key(form), a)
    return out


@lru_cache(maxsize=1)
def regional_bodies() -> dict[str, RegionalBody]:
    return {
        r["acronym"]: RegionalBody(r["acronym"], r["unit"], r["portfolio"], r["needs_place"] == "yes")
        for r in load_tsv("regional_bodies")
    }


@lru_cache(maxsize=1)
def portfolio_abbreviations() -> dict[str, str]:
    out = dinas_portfolios()
    out.update({fold(r["abbreviation"]): r["portfolio"] for r in load_tsv("portfolios")})
    return out


_DINAS_PREFIX = re.compile(r"^Di[sn](?=[A-Z]?[a-z]{4,}$)")


@lru_cache(maxsize=1)
def dinas_portfolios() -> dict[str, str]:
    """Folded portfolio short forms of the dinas acronyms: a dinas is also written "Dinas" + the rest of its
    acronym ("Dinas Kominfotik" = Diskominfotik, "Dinas Dukcapil"); rests under four letters are words."""
    return {fold(_DINAS_PREFIX.sub("", r["acronym"])): r["portfolio"] for r in load_tsv("regional_bodies")
            if r["unit"] == "Dinas" and _DINAS_PREFIX.match(r["acronym"])}


@lru_cache(maxsize=1)
def acronym_words() -> frozenset[str]:
    """Folded one-word acronyms of the registry and of regional bodies (for typo correction)."""
    words = {fold(x) for a in agencies() for x in a.acronyms if " " not in x and len(x) >= 6}
    words.update(fold(x) for x in regional_bodies() if " " not in x and len(x) >= 6)
    return frozenset(words)


def all_acronyms() -> list[str]:
    """Every acronym form (registry and regional), longest first, for building matchers."""
    forms = {x for a in agencies() for x in a.acronyms}
    forms.update(regional_bodies())
    return sorted(forms, key=len, reverse=True)


_RI = re.compile(r"(?:\s+(?:RI|R\.I\.?|Republik Indonesia))+\s*$")


def _form_key(text: str) -> str:
    text = _RI.sub("", text.strip())
    return " ".join(fold(w) for w in re.findall(r"[\w’'/\-]+", text) if w)


def lookup(text: str) -> Agency | None:
    """The registry body a name or acronym denotes ("Kemenag", "Kementerian Agama RI"), else None."""
    return _by_form().get(_form_key(text))


def regional(acronym: str) -> RegionalBody | None:
    return regional_bodies().get(acronym) or composed_body(acronym)


# "Disparbudpora" = Dis(Dinas) + par + bud + pora, "Puslatbang" = Pus(Pusat) + lat + bang: a unit's head syllable
# and the short forms of its portfolios written as one word; a body that no table lists is read from its parts
_COMPOSED = re.compile(r"(Dis|Pus)([a-z]{3,})")
_COMPOSED_UNITS = {"Dis": "Dinas", "Pus": "Pusat"}


@lru_cache(maxsize=1)
def acronym_syllables() -> dict[str, str]:
    """Portfolio short forms that one-word acronyms are built of: the rests of the listed ones ('par' of Dispar,
    'pora' of Dispora), the portfolio abbreviations (data/portfolios.tsv) and data/acronym_syllables.tsv."""
    out: dict[str, str] = {}
    for r in load_tsv("regional_bodies"):
        m = re.fullmatch(r"(?:Dis|Din|Pus)([a-z]{3,})", r["acronym"])
        if m:
            out.setdefault(m.group(1), r["portfolio"])
    for r in load_tsv("portfolios"):
        if r["abbreviation"].isalpha() and not r["abbreviation"].isupper():
            out.setdefault(r["abbreviation"].lower(), r["portfolio"])
    for r in load_tsv("acronym_syllables"):
        out.setdefault(r["syllable"], r["portfolio"])
    return out


def _syllables(rest: str) -> list[str] | None:
    """The fewest known short forms that spell rest exactly, else None."""
    syl = acronym_syllables()
    best: list[list[str] | None] = [[]] + [None] * len(rest)
    for i in range(1, len(rest) + 1):
        for j in range(max(0, i - 12), i):
            if best[j] is not None and rest[j:i] in syl and (best[i] is None or len(best[j]) + 1 < len(best[i])):
                best[i] = best[j] + [rest[j:i]]
    return best[len(rest)]


@lru_cache(maxsize=4096)
def composed_body(word: str) -> RegionalBody | None:
    m = _COMPOSED.fullmatch(word)
    if not m or word in regional_bodies():
        return None
    parts = _syllables(m.group(2))
    if not parts:
        return None
    names = [n for x in parts for n in re.split(r",? dan |, ", acronym_syllables()[x])]
    portfolio = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " dan " + names[-1]
    return RegionalBody(word, _COMPOSED_UNITS[m.group(1)], portfolio, False)


# ------------------------------------------------------------------ keys
_REGION_WORDS = {"provinsi", "prov", "kabupaten", "kab", "kota", "kecamatan", "kec", "kelurahan", "desa",
                 "ri", "republik", "indonesia", "administrasi", "daerah istimewa"}


def org_key(expanded: str) -> str:
    """Comparison key of an expanded organization name: folded words, region prefixes and 'RI' dropped."""
    words = [fold(w) for w in re.findall(r"[\w’']+", expanded)]
    if not words:
        return ""
    head = words[:2] if words[0] in ("pemerintah", "pemerintahan") else words[:1]
    if head and head[0] == "pemerintahan":
        head[0] = "pemerintah"
    if len(head) == 2 and head[1] in ("kab",):
        head[1] = "kabupaten"
    if len(head) == 2 and head[1] in ("prov",):
        head[1] = "provinsi"
    rest = words[len(head):]
    # "Dinas X Pemerintah Provinsi Y" is "Dinas X Provinsi Y": a regional body belongs to its region's government
    # (the jurisdiction's level word may already be gone: "Dinas X Pemerintah Y"); "Pemerintahan" names a portfolio
    cut = {i for i, w in enumerate(rest) if w == "pemerintah" and 0 < i < len(rest) - 1}
    cut |= {i + 1 for i in cut if rest[i + 1] == "daerah"}
    rest = [w for i, w in enumerate(rest) if i not in cut]
    rest = [w for w in rest if w not in _REGION_WORDS and w != "se"]
    # "Lapas Kelas IIB Amuntai" = "Lapas Amuntai": an office's class is no part of what it is
    rest = _without_class(rest)
    return " ".join(head + rest)


_CLASS = re.compile(r"(?:i{1,3}|iv|1|2|3)[ab]?")
# what a class may go on with: "Kelas IA Khusus" (a court), "Kelas I TPI", "Kelas II Non TPI" (an immigration office)
_CLASS_TAIL = (("khusus",), ("tpi",), ("non", "tpi"))


def _without_class(words: list[str]) -> list[str]:
    out, i = [], 0
    while i < len(words):
        if words[i] == "kelas" and i + 1 < len(words) and _CLASS.fullmatch(words[i + 1]):
            i += 2
            for tail in _CLASS_TAIL:
                if tuple(words[i:i + len(tail)]) == tail:
                    i += len(tail)
                    break
            continue
        out.append(words[i])
        i += 1
    return out
