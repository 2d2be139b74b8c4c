"""Policy topics of a release: 1-3 labels, most central first, each with a score.

Three signals, blended:
- the trained classifier (models/topics/model.joblib) over the text, with the headline, the lead, the main
  event's name and the themes repeated so that they weigh more than passing remarks;
- the portfolios of the organizations (data/portfolio_topics.tsv): the organizer counts most, bodies named in
  the lead more than those named later;
- topic keywords (data/topic_keywords.tsv) in the headline and the lead.
A body that serves two affairs may list them as alternatives ("keamanan_pertahanan|ketertiban_umum"): the
release's keywords then decide which comes first. A companion body (data/topic_companion_bodies.txt: the PKK,
chaired by the head's wife) named only as the head's companion ("didampingi Ketua TP PKK") does not count.
Without a model file the two tables decide alone.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from pipeline.nlp.state import doc_text as cached_text
from pipeline.extract.facts import Facts, Topic
from pipeline.extract.keyword_index import KeywordIndex
from pipeline.extract.linear_text import compile_model
from pipeline.paths import MODELS_DIR
from pipeline.tables import load_list, load_tsv

WEIGHTS = {"model": 0.55, "portfolio": 0.3, "keywords": 0.15}
# The classifier spreads its probability over 37 labels, so even its clear favourite rarely outweighs one
# organization's portfolio; raising the probabilities to this power (and renormalizing) lets a confident
# classifier lead while a flat one still defers to the tables (chosen on the real train releases).
SHARPEN = 3.0
SECONDARY = 0.2  # a further topic must reach this share of the first one's score
MIN_SCORE = 0.12  # and this blended score
MAX_TOPICS = 3


@lru_cache(maxsize=1)
def labels() -> tuple[str, ...]:
    return tuple(row["label"] for row in load_tsv("topic_keywords"))


@lru_cache(maxsize=1)
def load_model() -> dict[str, Any] | None:
    path = MODELS_DIR / "topics" / "model.joblib"
    if not path.exists():
        return None
    import joblib

    try:
        bundle = joblib.load(path)
    except Exception:  # an unreadable model file must not stop extraction
        return None
    bundle["fast"] = compile_model(bundle["model"])  # same probabilities without sklearn's per-call overhead
    return bundle


@lru_cache(maxsize=1)
def _portfolio() -> tuple[KeywordIndex, dict[str, tuple[tuple[str, ...], ...]]]:
    """An index of all portfolio keywords and keyword -> topics, each a group of alternatives ("a|b")."""
    table = {r["keyword"].lower(): tuple(tuple(a.strip() for a in t.split("|") if a.strip())
                                         for t in r["topics"].split(",") if t.strip())
             for r in load_tsv("portfolio_topics")}
    return KeywordIndex(table), table


@lru_cache(maxsize=1)
def _companions() -> tuple[KeywordIndex, frozenset[str]]:
    words = frozenset(w.lower() for w in load_list("topic_companion_bodies"))
    return KeywordIndex(words), words


_ACCOMPANYING = re.compile(r"\b(?:istri|isteri|didampingi|mendampingi)\b", re.IGNORECASE)
COMPANION_WINDOW = 70  # "beserta istri Hj. Herawati selaku Pj. Ketua Tim Penggerak PKK"


def companion_only(headline: str, text: str) -> bool:
    """A companion body is named only as the head's companion: not in the headline, and after "istri" or
    "didampingi" in the text ("Wali Kota didampingi Ketua TP PKK ...")."""
    index = _companions()[0]
    if index.findall(headline):
        return False
    return any(_ACCOMPANYING.search(text, max(0, a - COMPANION_WINDOW), a) for a, _, _ in index.finditer(text))


def _portfolio_keyword(name: str) -> str | None:
    found = _portfolio()[0].findall(name)
    return max(found, key=len) if found else None


@lru_cache(maxsize=1)
def _keywords() -> tuple[KeywordIndex, dict[str, list[str]]]:
    """An index of all keywords (one pass over the text) and keyword -> labels."""
    owners: dict[str, list[str]] = {}
    for row in load_tsv("topic_keywords"):
        for word in (w.strip().lower() for w in row["keywords"].split(",")):
            if word:
                owners.setdefault(word, []).append(row["label"])
    return KeywordIndex(owners), owners


@lru_cache(maxsize=16384)
def portfolio_topics(name: str) -> tuple[str, ...]:
    """Topics of the longest portfolio keyword found in an organization name (alternatives in table order)."""
    return tuple(t for group in _portfolio_groups(name) for t in group)


def _portfolio_groups(name: str) -> tuple[tuple[str, ...], ...]:
    keyword = _portfolio_keyword(name)
    return _portfolio()[1][keyword] if keyword else ()


def _ordered(groups: tuple[tuple[str, ...], ...], evidence: dict[str, float]) -> tuple[str, ...]:
    """Alternatives ordered by the release's own words (stable: the table's order on a tie)."""
    return tuple(t for group in groups for t in sorted(group, key=lambda t: -evidence.get(t, 0.0)))


def _add(scores: dict[str, float], topics: tuple[str, ...], weight: float) -> None:
    for rank, topic in enumerate(topics):
        scores[topic] = scores.get(topic, 0.0) + weight * (1.0, 0.6, 0.4)[min(rank, 2)]


_DATELINE_HEAD = re.compile(r"[^\n,]{2,60},\s*")
_DATELINE_DASH = re.compile(r"\s*[-\u2013\u2014]")


def _in_dateline(text: str, start: int, end: int) -> bool:
    """The name stands between the dateline's place and its dash: "Jakarta Pusat, Komdigi - ..."."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_DATELINE_HEAD.fullmatch(text, line_start, start) and _DATELINE_DASH.match(text, end))


def portfolio_scores(facts: Facts, text: str, evidence: dict[str, float] | None = None,
                     skip_companions: bool = False) -> dict[str, float]:
    """evidence: the keyword scores, which order a body's alternative topics."""
    scores: dict[str, float] = {}
    organizer = facts.main_event.organizer if facts.main_event else None
    lead_end = max(300, len(text) // 3)
    for org in facts.organizations:
        keyword = None
        for form in (org.name, *org.aliases):
            keyword = _portfolio_keyword(form)
            if keyword:
                break
        if not keyword:
            continue
        if skip_companions and keyword in _companions()[1]:
            continue  # the head's wife, there by her PKK post, says who came
        topics = _ordered(_portfolio()[1][keyword], evidence or {})
        if org.spans and all(_in_dateline(text, a, b) for a, b in org.spans):
            continue  # "Jakarta, Kominfo –": the publisher's newsroom, not an actor
        first = min((s for s, _ in org.spans), default=None)
        weight = 1.0 if org.name == organizer else 0.6 if first is not None and first < lead_end else 0.25
        _add(scores, topics, weight)
    total = sum(scores.values())
    return {k: v / max(1.0, total) for k, v in scores.items()}


def keyword_scores(head: str, text: str, skip_companions: bool = False) -> dict[str, float]:
    index, owners = _keywords()
    skip = _companions()[1] if skip_companions else frozenset()
    scores: dict[str, float] = {}
    for weight, part in ((3.0, head), (1.0, text)):
        for keyword in index.findall(part):
            if keyword in skip:
                continue
            for label in owners.get(keyword, ()):
                scores[label] = scores.get(label, 0.0) + weight
    total = sum(scores.values())
    return {k: v / total for k, v in scores.items()} if total else {}


def model_scores(document: str) -> dict[str, float]:
    bundle = load_model()
    if not bundle:
        return {}
    fast = bundle.get("fast")
    probs = fast.predict_proba(document) if fast else bundle["model"].predict_proba([document])[0]
    return sharpen({str(label): float(p) for label, p in zip(bundle["labels"], probs)})


def sharpen(probs: dict[str, float], power: float = SHARPEN) -> dict[str, float]:
    raised = {label: p ** power for label, p in probs.items()}
    total = sum(raised.values())
    return {label: p / total for label, p in raised.items()} if total else probs


FOCUS_CHARS = 1500  # the classifier reads the headline, the lead and the start of the body


def focus_text(doc: Doc, facts: Facts, text: str) -> tuple[str, str]:
    """(headline + lead + event name + themes, the whole text)."""
    paragraphs = [p for p in re.split(r"\n\s*\n|\n", text) if p.strip()]
    head = [doc._.title or "", *paragraphs[:2]]
    if facts.main_event and facts.main_event.name:
        head.append(facts.main_event.name)
    head.extend(t.text for t in facts.themes)
    return "\n".join(head), text


_BARE = re.compile(r"^(?:Provinsi|Kabupaten|Kota|Kecamatan|Kelurahan|Desa|Nagari|Gampong)\s+")
ADMINISTRATIVE = {"negara", "provinsi", "kabupaten", "kota", "kecamatan", "desa"}  # a road's name is no region's


def region_forms(facts: Facts, text: str) -> set[str]:
    """The regions as written and bare: "Tanah Abang", "Tanah Bumbu" say where, not that land is the topic (a
    venue's or a road's words may say what: "Gedung Serba Guna" being opened is public works)."""
    regions = [p for p in facts.places if p.kind in ADMINISTRATIVE]
    forms = {text[a:b] for p in regions for a, b in p.spans} | {_BARE.sub("", p.name) for p in regions}
    return {f for f in forms if len(f) > 2}


def _any_of(forms: set[str]) -> re.Pattern[str] | None:
    if not forms:
        return None
    return re.compile("|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)), re.IGNORECASE)


def _without(pattern: re.Pattern[str] | None, text: str) -> str:
    return pattern.sub(" ", text) if pattern else text


def classify(doc: Doc, facts: Facts) -> list[Topic]:
    head, text = focus_text(doc, facts, cached_text(doc))
    forms = region_forms(facts, text)
    index, _ = _keywords()
    # the classifier reads every word: only the region names that hold a topic keyword are hidden from it
    worded = _any_of({f for f in forms if index.findall(f.lower())})
    regions = _any_of(forms)
    companions = companion_only(doc._.title or text.lstrip().split("\n", 1)[0], text)
    keywords = keyword_scores(_without(regions, head), _without(regions, text[:FOCUS_CHARS]), companions)
    parts = {
        "model": model_scores(_without(worded, f"{head}\n{text[:FOCUS_CHARS]}")),
        "portfolio": portfolio_scores(facts, text, keywords, companions),
        "keywords": keywords,
    }
    weights = dict(WEIGHTS)
    if not parts["model"]:  # no model shipped: the tables decide
        weights = {"model": 0.0, "portfolio": 0.65, "keywords": 0.35}
    combined: dict[str, float] = {}
    for part, scores in parts.items():
        for label, score in scores.items():
            combined[label] = combined.get(label, 0.0) + weights[part] * score
    ranked = sorted(((s, l) for l, s in combined.items() if l in labels()), reverse=True)
    if not ranked:
        return []
    top = ranked[0][0]
    # every release is about some policy area: the best one is kept even when no signal is strong
    return [Topic(label, round(score, 4)) for i, (score, label) in enumerate(ranked[:MAX_TOPICS])
            if i == 0 or score >= MIN_SCORE and score >= SECONDARY * top]


def to_facts(doc: Doc, facts: Facts) -> None:
    facts.topics = classify(doc, facts)
