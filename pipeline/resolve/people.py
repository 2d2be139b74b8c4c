"""People across documents: which persons of different documents are one human (record linkage).

Each document already has one Person per human (resolve/persons.py). Across documents a scored linker decides:

- blocking: two records are compared only when their folded names share a word of three letters or more;
- name agreement: the words of the shorter name, in order, match words of the longer one, equal, as an initial
  ("Yosef A. Woda" / "Yosef Ardianus Woda") or with a small spelling difference ("Fransisca" / "Fransiska",
  Jaro-Winkler >= 0.9, or the same under the old spelling: "Soeharto"/"Suharto", "Djoko"/"Joko"); the surname
  (last word) or two full words must agree;
- context: the region codes of their posts (same kabupaten/kota agrees, a kabupaten inside a province's post
  agrees a little, another kabupaten or province conflicts), shared posts and organizations (different
  organizations count against only when no region is known), the document's region when the record has no post;
- a weighted sum of these (weights in WEIGHTS) above THRESHOLD links two records; clusters grow from the best
  links down and never join two records of one document or two records whose names or regions conflict.

The figures of this linker on labelled pairs are in docs/who.md (pipeline/evaluate/linkage.py measures them).
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz.distance import JaroWinkler

WEIGHTS = {
    # name agreement levels: same words; same number of words with initials or spelling variants; a shorter
    # name with the first and the last word of the longer one; a shorter name that is its start or its end
    # (first name dropped); one word
    "exact": 4.0, "variant": 3.0, "ends": 3.0, "partial": 2.0, "single": 1.0,
    "same_region": 2.0, "same_region_doc": 1.0, "within_region": 1.0,
    "region_conflict": -5.0, "region_conflict_doc": -2.0,
    "same_post": 2.0, "same_org": 1.0, "other_orgs": -1.0,
}
THRESHOLD = 4.0
FUZZY_WORD = 0.9  # Jaro-Winkler similarity of two words spelt differently ("Yosep" / "Yosef")
MAX_BLOCK = 400  # a word shared by more records than this ("muhammad") does not block on its own


@dataclass(frozen=True)
class Record:
    """One person of one document, with what the document says about them."""

    document_id: str
    index: int  # the person's id within its document
    name: str
    regions: frozenset[str] = frozenset()  # codes of the jurisdictions of their posts
    posts: frozenset[str] = frozenset()  # post keys
    orgs: frozenset[str] = frozenset()  # organizations of their posts, folded
    doc_region: str | None = None  # the document's kabupaten/kota (else province) code

    @property
    def rid(self) -> tuple[str, int]:
        return (self.document_id, self.index)


@dataclass
class Cluster:
    person_id: str
    records: list[Record] = field(default_factory=list)


# ---------------------------------------------------------------- names
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def name_words(name: str) -> list[str]:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower().replace("’", "").replace("'", "")
    return _WORD.findall(text)


# The old spelling and its habits, still alive in names: Soeharto/Suharto, Djoko/Joko, Johanes/Yohanes,
# Muhammad/Muhamad, Hendry/Hendri
_OLD_SPELLING = (("oe", "u"), ("dj", "j"), ("tj", "c"), ("nj", "ny"), ("sj", "sy"), ("ch", "kh"), ("ph", "f"),
                 ("th", "t"), ("j", "y"))
_DOUBLE = re.compile(r"(.)\1+")


def spelling_key(word: str) -> str:
    for old, new in _OLD_SPELLING:
        word = word.replace(old, new)
    word = _DOUBLE.sub(r"\1", word)
    return word[:-1] + "i" if word.endswith("y") and len(word) > 2 else word


def _word_match(a: str, b: str) -> str | None:
    if a == b:
        return "full" if len(a) > 1 else "initial"
    if len(a) == 1 or len(b) == 1:
        return "initial" if a[0] == b[0] else None
    if spelling_key(a) == spelling_key(b):
        return "fuzzy"
    if min(len(a), len(b)) >= 4 and JaroWinkler.normalized_similarity(a, b) >= FUZZY_WORD:
        return "fuzzy"
    return None


def name_agreement(a: str, b: str) -> str | None:
    """exact | variant | ends | partial | single, or None when the names cannot be one person's."""
    wa, wb = name_words(a), name_words(b)
    if not wa or not wb:
        return None
    if wa == wb:
        return "single" if len(wa) == 1 else "exact"
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) == 1:
        return None  # a lone given name across documents says too little
    # align the shorter name's words, in order, with words of the longer one
    matches: list[tuple[int, int, str]] = []
    j = 0
    for i, w in enumerate(short):
        while j < len(long_):
            kind = _word_match(w, long_[j])
            j += 1
            if kind:
                matches.append((i, j - 1, kind))
                break
        else:
            return None
    if len(matches) < len(short):
        return None
    full = sum(1 for _, _, k in matches if k in ("full", "fuzzy"))
    last_ok = matches[-1][0] == len(short) - 1 and matches[-1][1] == len(long_) - 1
    first_ok = matches[0][1] == 0
    if not first_ok:
        # "Yentji Sunur" for Eliaser Yentji Sunur: the last words of the longer name, the first one dropped
        tail = [jj for _, jj, _ in matches] == list(range(len(long_) - len(short), len(long_)))
        return "partial" if tail and full >= 2 and full == len(short) else None
    if full < 1 or (not last_ok and full < 2):
        return None
    if any(k == "initial" and len(short[i]) > 1 and len(long_[jj]) > 1 for i, jj, k in matches):
        return None  # two different full words
    if len(short) == len(long_):
        return "variant"
    if full < 2:
        return None
    return "ends" if last_ok else "partial"


# ---------------------------------------------------------------- context
def _kab(code: str) -> str:
    return code[:5] if len(code) >= 5 else code


def region_agreement(a: Iterable[str], b: Iterable[str]) -> str | None:
    """same | within | conflict | None (unknown) for two sets of region codes."""
    a, b = {_kab(c) for c in a if c}, {_kab(c) for c in b if c}
    if not a or not b:
        return None
    if a & b:
        return "same"
    if any(x.startswith(y + ".") or y.startswith(x + ".") for x in a for y in b):
        return "within"
    return "conflict"


def score(a: Record, b: Record) -> float | None:
    """The link weight of two records, or None when they cannot be one person."""
    if a.document_id == b.document_id:
        return None
    level = name_agreement(a.name, b.name)
    if level is None:
        return None
    s = WEIGHTS[level]
    reg = region_agreement(a.regions, b.regions)
    doc_reg = region_agreement(a.regions or {a.doc_region or ""}, b.regions or {b.doc_region or ""}) \
        if reg is None else None
    if reg == "same":
        s += WEIGHTS["same_region"]
    elif reg == "within":
        s += WEIGHTS["within_region"]
    elif reg == "conflict":
        s += WEIGHTS["region_conflict"]
    elif doc_reg == "same":
        s += WEIGHTS["same_region_doc"]
    elif doc_reg == "conflict":
        s += WEIGHTS["region_conflict_doc"]
    if a.posts & b.posts:
        s += WEIGHTS["same_post"]
    elif a.orgs & b.orgs:
        s += WEIGHTS["same_org"]
    elif a.orgs and b.orgs and reg is None:
        s += WEIGHTS["other_orgs"]
    return s


def _hard_conflict(a: Record, b: Record) -> bool:
    return a.document_id == b.document_id or name_agreement(a.name, b.name) is None \
        or region_agreement(a.regions, b.regions) == "conflict"


# ---------------------------------------------------------------- linking
def candidate_pairs(records: Sequence[Record]) -> set[tuple[int, int]]:
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(records):
        for w in set(name_words(r.name)):
            if len(w) >= 3:
                blocks[w].append(i)
    pairs = set()
    for members in blocks.values():
        if len(members) > MAX_BLOCK:
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                pairs.add((members[x], members[y]))
    return pairs


def link(records: Sequence[Record], threshold: float = THRESHOLD) -> list[Cluster]:
    """Clusters of records that are one person; every record is in exactly one cluster."""
    scored = []
    for i, j in candidate_pairs(records):
        s = score(records[i], records[j])
        if s is not None and s >= threshold:
            scored.append((s, i, j))
    scored.sort(key=lambda x: (-x[0], x[1], x[2]))
    parent = list(range(len(records)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(records))}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for _, i, j in scored:
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        if any(_hard_conflict(records[x], records[y]) for x in members[ri] for y in members[rj]):
            continue
        parent[rj] = ri
        members[ri].extend(members.pop(rj))
    clusters = []
    for root, idx in members.items():
        recs = sorted((records[i] for i in idx), key=lambda r: r.rid)
        clusters.append(Cluster(person_id=person_id(recs), records=recs))
    clusters.sort(key=lambda c: c.records[0].rid)
    return clusters


def person_id(records: Sequence[Record]) -> str:
    """'p' + 12 hex digits of the cluster's first record: the same records give the same id on every rebuild."""
    first = min(r.rid for r in records)
    return "p" + hashlib.sha1(f"{first[0]}:{first[1]}".encode()).hexdigest()[:12]


def display_name(names: Sequence[str]) -> str:
    """The fullest written form: most full words, then the most frequent, then alphabetical."""
    counts: dict[str, int] = defaultdict(int)
    for n in names:
        counts[n] += 1

    def rank(n: str):
        words = name_words(n)
        return (-sum(1 for w in words if len(w) > 1), -counts[n], n)

    return min(counts, key=rank)
