"""Score predicted facts against gold facts, per the Scoring section of the facts contract.

Per key: precision/recall/F1 with one-to-one matching after normalization (case, punctuation, honorifics and
degrees, "RI" suffix, Provinsi/Kabupaten/Kota prefixes), fuzzy at 0.9 similarity for names; dates need the
same start and end; topics as a set and top-1; main_event field by field.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

THRESHOLD = 0.9
LIST_KEYS = ("persons", "person_titles", "organizations", "places", "venues", "dates", "themes", "topics",
             "representations")
EVENT_FIELDS = ("name", "start", "end", "place", "venue", "organizer")

_HONORIFICS = {
    "h", "hj", "dr", "drs", "dra", "ir", "prof", "bapak", "ibu", "bpk", "sdr", "sdri", "ny", "kh", "drg",
}
_DEGREES = {
    "se", "sh", "mh", "mm", "msi", "si", "msc", "sc", "ssos", "spd", "mpd", "skom", "st", "mt", "sip", "ma", "mag",
    "sag", "mkes", "skm", "spsi", "phd", "lc", "mak", "msa", "me", "sp", "map", "sstp", "mp", "ak", "sked",
}
_PREFIXES = ("provinsi ", "prov ", "kabupaten ", "kab ", "kota ", "pemerintah ")


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def norm(text: str | None) -> str:
    """Case, punctuation, honorifics/degrees, 'RI' suffix folded."""
    if not text:
        return ""
    text = _strip_accents(text).lower().replace("’", "'")
    words = []
    for token in re.split(r"[\s,]+", text):
        if token.replace(".", "").strip("'()") in _HONORIFICS | _DEGREES:  # S.E., M.Si., Hj.
            continue
        words.extend(re.sub(r"[^\w\s]", " ", token).split())
    if len(words) > 1 and words[-1] == "ri":
        words = words[:-1]
    return " ".join(words)


def norm_place(text: str | None) -> str:
    value = norm(text)
    for prefix in _PREFIXES:
        if value.startswith(prefix):
            return value[len(prefix):]
    return value


def similarity(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    if not a or not b:
        return 0.0
    return fuzz.ratio(a, b) / 100.0


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Match:
    counts: Counts
    missed: list[Any] = field(default_factory=list)
    spurious: list[Any] = field(default_factory=list)


def match_one_to_one(gold: Sequence[Any], pred: Sequence[Any], score: Callable[[Any, Any], float]) -> Match:
    """Greedy one-to-one matching by best score; a pair counts when its score reaches THRESHOLD."""
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            s = score(g, p)
            if s >= THRESHOLD:
                pairs.append((s, i, j))
    pairs.sort(reverse=True)
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
    counts = Counts(tp=len(used_g), fp=len(pred) - len(used_p), fn=len(gold) - len(used_g))
    return Match(
        counts,
        missed=[g for i, g in enumerate(gold) if i not in used_g],
        spurious=[p for j, p in enumerate(pred) if j not in used_p],
    )


# ------------------------------------------------------------------ per-key item views and scores
def _names(items: list[dict]) -> list[str]:
    return [i.get("name", "") for i in items]


def _person_titles(persons: list[dict]) -> list[tuple[str, str]]:
    return [(p.get("name", ""), t) for p in persons for t in p.get("titles", [])]


def _org_forms(org: dict) -> list[str]:
    return [norm(f) for f in [org.get("name", ""), *org.get("aliases", [])] if f]


def _score_org(g: dict, p: dict) -> float:
    return max((similarity(a, b) for a in _org_forms(g) for b in _org_forms(p)), default=0.0)


def _score_name(g: str, p: str) -> float:
    return similarity(norm(g), norm(p))


def _score_place(g: dict, p: dict) -> float:
    return similarity(norm_place(g.get("name")), norm_place(p.get("name")))


def _score_pair(g: tuple[str, str], p: tuple[str, str]) -> float:
    return min(similarity(norm(g[0]), norm(p[0])), similarity(norm(g[1]), norm(p[1])))


def _score_date(g: dict, p: dict) -> float:
    if g.get("start") != p.get("start") or g.get("end") != p.get("end"):
        return 0.0
    a, b = norm(g.get("text")), norm(p.get("text"))
    if a and b and (a in b or b in a):
        return 1.0
    return similarity(a, b)


def _score_rep(g: dict, p: dict) -> float:
    return _score_pair((g.get("principal", ""), g.get("representative", "")),
                       (p.get("principal", ""), p.get("representative", "")))


def score_document(gold: dict, pred: dict) -> dict[str, Any]:
    """Counts per list key, topic top-1 hit, and main_event field hits for one document."""
    result: dict[str, Any] = {}
    result["persons"] = match_one_to_one(_names(gold["persons"]), _names(pred["persons"]), _score_name)
    result["person_titles"] = match_one_to_one(
        _person_titles(gold["persons"]), _person_titles(pred["persons"]), _score_pair)
    result["organizations"] = match_one_to_one(gold["organizations"], pred["organizations"], _score_org)
    result["places"] = match_one_to_one(gold["places"], pred["places"], _score_place)
    result["venues"] = match_one_to_one(gold["venues"], pred["venues"], _score_name)
    result["dates"] = match_one_to_one(gold["dates"], pred["dates"], _score_date)
    result["themes"] = match_one_to_one(gold["themes"], pred["themes"], _score_name)
    result["topics"] = match_one_to_one(gold["topics"], pred["topics"], lambda g, p: float(g == p))
    result["representations"] = match_one_to_one(gold["representations"], pred["representations"], _score_rep)
    result["topics_top1"] = bool(gold["topics"]) and bool(pred["topics"]) and gold["topics"][0] == pred["topics"][0]
    result["main_event"] = score_event(gold.get("main_event"), pred.get("main_event"))
    return result


def score_event(gold: dict | None, pred: dict | None) -> dict[str, bool]:
    hits = {"present": (gold is None) == (pred is None)}
    for f in EVENT_FIELDS:
        g = (gold or {}).get(f)
        p = (pred or {}).get(f)
        if f in ("start", "end"):
            hits[f] = g == p
        elif f == "place":
            hits[f] = (not g and not p) or (bool(g) and bool(p) and similarity(norm_place(g), norm_place(p)) >= THRESHOLD)
        else:
            hits[f] = (not g and not p) or (bool(g) and bool(p) and similarity(norm(g), norm(p)) >= THRESHOLD)
    return hits


@dataclass
class Report:
    counts: dict[str, Counts]
    topics_top1: float
    event_accuracy: dict[str, float]
    documents: int

    @property
    def macro_f1(self) -> float:
        values = [c.f1 for c in self.counts.values()] + [self.topics_top1] + [
            self.event_accuracy[f] for f in EVENT_FIELDS]
        return sum(values) / len(values)

    def to_json(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "keys": {k: {"precision": round(c.precision, 4), "recall": round(c.recall, 4), "f1": round(c.f1, 4),
                         "tp": c.tp, "fp": c.fp, "fn": c.fn} for k, c in self.counts.items()},
            "topics_top1": round(self.topics_top1, 4),
            "main_event": {k: round(v, 4) for k, v in self.event_accuracy.items()},
            "macro_average": round(self.macro_f1, 4),
        }


def aggregate(results: list[dict[str, Any]]) -> Report:
    counts = {k: Counts() for k in LIST_KEYS}
    for r in results:
        for k in LIST_KEYS:
            counts[k].add(r[k].counts)
    n = len(results) or 1
    top1 = sum(1 for r in results if r["topics_top1"]) / n
    fields = ("present", *EVENT_FIELDS)
    accuracy = {f: sum(1 for r in results if r["main_event"][f]) / n for f in fields}
    return Report(counts, top1, accuracy, len(results))
