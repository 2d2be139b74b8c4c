"""Word classes the who-grammars share: institutional vocabulary and place names.

A capitalized word after a position head or a body head is either part of the position/body (a vocabulary
word, an acronym, a place) or the start of a person's name; these sets decide which.
"""
from __future__ import annotations

import gzip
import json
import re
from functools import lru_cache
from importlib import resources

from pipeline.nlp.ner import common_words, name_openers
from pipeline.paths import DATA_DIR
from pipeline.tables import load_list, load_tsv

_WORD = re.compile(r"[A-Za-z0-9’']+")
_PREFIX = re.compile(r"^(?:kota administrasi|kabupaten administrasi|kabupaten|kota|provinsi|kab\.?|kec\.?)\s+", re.IGNORECASE)


def fold(word: str) -> str:
    return word.lower().replace("’", "").replace("'", "").strip(".")


@lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
    """Lowercased words that belong to institutional names and positions."""
    words: set[str] = {fold(w) for w in load_list("institution_words")}
    for row in load_tsv("agencies"):
        # "Surya Citra Televisi", "Universitas Airlangga": a brand's or a university's words are given names too
        if row.get("kind") not in ("company", "education"):
            words.update(fold(w) for w in _WORD.findall(row["name"]))
    for row in load_tsv("regional_bodies"):
        words.update(fold(w) for w in _WORD.findall(row["unit"] + " " + row["portfolio"]))
    from pipeline.resolve.agencies import dinas_portfolios

    words.update(dinas_portfolios())
    for row in load_tsv("portfolios"):
        words.update(fold(w) for w in _WORD.findall(row["portfolio"]))
        words.add(fold(row["abbreviation"]))
    for row in load_tsv("org_heads"):
        words.update(fold(w) for w in _WORD.findall(row["head"] + " " + row["unit"]))
    noble = {fold(w) for w in load_list("name_noble_openers")}  # "Raja Negeri" is a post, "Raja Juli" a name
    for row in load_tsv("title_heads"):
        words.update(fold(w) for w in _WORD.findall(row["head"] + " " + row["expansion"]) if fold(w) not in noble)
    words -= {"dan", "di", "ke", "dari", "yang", "pak", "bapak", "ibu"}
    # given names that bodies' names also hold ("Agung" of "Mahkamah Agung"): the bodies are matched whole
    words -= {fold(w) for w in load_list("name_given_words")}
    return frozenset(words)


def _region_rows() -> dict[str, str]:
    try:
        path = resources.files("lokal").joinpath("data/wilayah.json.gz")
        with path.open("rb") as fh:
            return json.load(gzip.open(fh))
    except (ModuleNotFoundError, FileNotFoundError, OSError):  # gazetteer package absent: no place words
        return {}


def _alias_rows() -> list[str]:
    path = DATA_DIR / "region_aliases.tsv"
    if not path.exists():
        return []
    out = []
    for row in load_tsv("region_aliases"):
        value = row.get("alias") or next(iter(row.values()), "")
        if value:
            out.append(value)
    return out


@lru_cache(maxsize=1)
def place_index() -> dict[str, dict[tuple[str, ...], int]]:
    """First folded word -> {folded word tuple: level} (1 province, 2 kabupaten/kota, 3 kecamatan, 0 alias)."""
    index: dict[str, dict[tuple[str, ...], int]] = {}

    def add(name: str, level: int) -> None:
        forms = [tuple(fold(w) for w in _WORD.findall(name))]
        if "-" in name:  # "Lea-Lea", "Fak-Fak Barat" as the tokenizer keeps them: one word each
            forms.append(tuple(fold(w) for w in name.split()))
        doubled = _doubled_with_hyphen(forms[0])
        if doubled != forms[0]:  # "Tojo Una Una" in the register is written "Tojo Una-Una"
            forms.append(doubled)
        for words in forms:
            if words and len(words) <= 5:
                slot = index.setdefault(words[0], {})
                slot[words] = min(level, slot.get(words, 9))

    for code, name in _region_rows().items():
        level = code.count(".") + 1
        add(_PREFIX.sub("", name), level)
        if level == 1:
            add("DKI " + name if name.startswith("Jakarta") else name, 1)
    for alias in _alias_rows():
        add(alias, 0)
    for extra in ("DKI Jakarta", "Jakarta", "Indonesia", "Jabodetabek"):
        add(extra, 0)
    return index


def _doubled_with_hyphen(words: tuple[str, ...]) -> tuple[str, ...]:
    """A word repeated in a name joined to its repetition by a hyphen, as the reduplication is written."""
    out: list[str] = []
    for w in words:
        if out and out[-1] == w:
            out[-1] = f"{w}-{w}"
        else:
            out.append(w)
    return tuple(out)


def match_place(words: list[str], i: int, max_level: int = 3) -> int:
    """Number of words from words[i] that form a known place name (longest), 0 when none."""
    if i >= len(words):
        return 0
    slot = place_index().get(fold(words[i]))
    if not slot:
        return 0
    best = 0
    for n in range(min(5, len(words) - i), 0, -1):
        key = tuple(fold(w) for w in words[i:i + n])
        level = slot.get(key)
        if level is not None and level <= max_level:
            best = n
            break
    return best


# Nominalizations (pe-/per-/ke- ... -an: "Pemasaran", "Kebersihan") name functions, practically never people.
_NOMINAL = re.compile(r"^(?:pe|per|pem|pen|peng|peny|ke)[a-z]{3,}an$")


def is_vocab(word: str) -> bool:
    f = fold(word)
    if f in vocabulary() or _NOMINAL.match(f):
        return True
    # "Perundang-undangan", "Undang-Undang": a hyphenated compound of institutional words is one
    parts = f.split("-")
    return len(parts) > 1 and all(p in vocabulary() or _NOMINAL.match(p) for p in parts)


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """Folded single words of province and kabupaten/kota names (for typo correction)."""
    out: set[str] = set()
    for slot in place_index().values():
        for words, level in slot.items():
            if level <= 2:
                out.update(words)
    return frozenset(out)


# meN- takes the form the stem's first sound asks for ("Gatur" is no verb: *menggatur)
_MEN_PREFIX = {**dict.fromkeys("bfpv", "mem"), **dict.fromkeys("cdjtz", "men"), "s": "meny",
               **dict.fromkeys("lmnrwy", "me")}


def men_form_in_use(word: str) -> bool:
    """A capitalized bare word whose active meN- form is a word of running text ("Gelar": menggelar), no word of
    bodies' names, places or persons' names: a verb or a noun, as the place it stands in tells."""
    w = fold(word)
    if len(w) < 4 or not word[:1].isupper() or not w.isalpha() or is_vocab(w) or match_place([word], 0) \
            or w in name_openers():
        return False
    return not _men_forms(w).isdisjoint(common_words())


def passive_in_use(word: str) -> bool:
    """A capitalized di- form whose active meN- form is a word of running text ("Dilantik": melantik,
    "Diresmikan": meresmikan): a passive verb, as a title-case headline writes it after its subject."""
    w = fold(word)
    if len(w) < 6 or not w.startswith("di") or not word[:1].isupper() or not w.isalpha() or is_vocab(w) \
            or match_place([word], 0) or w in name_openers():
        return False
    common = common_words()
    return w in common and not _men_forms(w[2:]).isdisjoint(common)


@lru_cache(maxsize=4096)
def passive_word(w: str) -> bool:
    """A lowercase di- word whose active meN- form is a word of running text ("dilepas": melepas, "ditutup":
    menutup): a passive verb, which ends a name ("jalan sehat dilepas oleh ..."); "diskusi", "digital" are none."""
    if len(w) < 6 or not w.startswith("di") or not w.isalpha() or is_vocab(w):
        return False
    common = common_words()
    return w in common and not _men_forms(w[2:]).isdisjoint(common)


_MELTED = {"p": "mem", "t": "men", "k": "meng", "s": "meny"}  # a first consonant that melts into meN-


def _men_forms(w: str) -> set[str]:
    forms = {_MEN_PREFIX.get(w[0], "meng") + w, "menge" + w}  # bahas -> membahas, dukung -> mendukung
    melted = _MELTED.get(w[0])
    if melted:  # the first consonant melts into the prefix: tinjau -> meninjau, sambut -> menyambut
        forms.add(melted + w[1:])
    return forms


def passive_forms(verb: str) -> tuple[str, ...]:
    """The di- forms a meN- verb may have: its prefix's melted first sound put back or not (mengunjungi ->
    dikunjungi, meninjau -> ditinjau, menjenguk -> dijenguk, menyambangi -> disambangi, membuka -> dibuka)."""
    for prefix, lost in [*sorted(((p, c) for c, p in _MELTED.items()), key=lambda x: -len(x[0])), ("me", "")]:
        if verb.startswith(prefix) and len(verb) > len(prefix) + 2:
            rest = verb[len(prefix):]
            return tuple(dict.fromkeys("di" + x for x in (lost + rest, rest) if x))
    return ()


def headline_verb(word: str) -> bool:
    """A verb as a headline writes it, without its prefix ("Bahas", "Tinjau", "Kunjungi", "Serahkan"): its active
    form with meN- is a word of running text, and it is no word of bodies' names, places or persons' names. A
    word running text also writes bare is a noun as well ("Tari", "Gelar") unless it carries a verb's suffix."""
    w = fold(word)
    if len(w) < 4 or not word[:1].isupper() or not w.isalpha() or w in vocabulary() or match_place([word], 0) \
            or w in name_openers():
        return False
    forms = _men_forms(w)
    common = common_words()
    if forms.isdisjoint(common):
        return False
    if len(w) >= 7 and w.endswith("kan"):
        return True  # "Keluarkan", "Luncurkan", "Perkirakan": a pe-/ke-...-an noun has no meN- form in use
    if is_vocab(w):
        return False
    return w not in common or len(w) >= 7 and w.endswith("kan") and w[:-3] in common \
        or len(w) >= 6 and w.endswith("i") and w[:-1] in common
