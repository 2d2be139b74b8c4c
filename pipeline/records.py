"""warta's records: plain dataclasses that every room passes along, importing nothing heavy.

- Document: the normalized text every later stage works on (made by pipeline.normalize);
- mentions: what one component found at one place in the text (always with char offsets);
- facts: document-level entities after resolution (merged mentions, canonical names, codes), the facts
  contract (shared/spec/facts-json.md) as typed records.

`Facts.to_json()` gives exactly the contract's keys plus extra keys (offsets, codes, details).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]


# ---------------------------------------------------------------- documents
@dataclass
class Document:
    id: str
    source: str
    text: str  # headline, blank line, body: what extraction sees and offsets point into
    title: str | None = None
    published: str | None = None  # ISO date
    content_hash: str = ""
    language: str | None = None
    media_type: str = "text/plain"
    url: str | None = None
    urls: list[str] = field(default_factory=list)

    @property
    def word_count(self) -> int:
        return len(self.text.split())



# ---------------------------------------------------------------- mentions
@dataclass
class Mention:
    """A stretch of the document text found by one component."""

    start: int
    end: int
    text: str
    kind: str  # person | title | organization | place | venue | date | theme | representation | event
    source: str = "rule"  # rule | ner | stanza | ...
    data: dict[str, Any] = field(default_factory=dict)


# ---------------------------------------------------------------- facts
@dataclass
class Title:
    text: str  # canonical written form, e.g. "Plh. Kepala Dinas Perindustrian dan Perdagangan Provinsi Sulawesi Tengah"
    head: str | None = None  # "Kepala"
    acting: str | None = None  # Plh. | Plt. | Pj.
    portfolio: str | None = None  # "Bidang Perekonomian dan Pembangunan"
    organization: str | None = None  # canonical organization name
    region_code: str | None = None  # jurisdiction
    span: Span | None = None
    post: str | None = None  # the post's canonical name, "Bupati Sikka" (resolve/posts.py)
    post_key: str | None = None  # the same for the same post in every document
    status: str | None = None  # None: held at the time; former | candidate | office ("mantan Bupati ...")


@dataclass
class Person:
    name: str
    titles: list[Title] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    honorifics: list[str] = field(default_factory=list)  # Bapak, Ibu, H., Hj., Dr. ...
    degrees: list[str] = field(default_factory=list)  # S.E., M.Si. ...
    source: str = "rule"


@dataclass
class Organization:
    name: str
    aliases: list[str] = field(default_factory=list)
    kind: str = "government"  # government | company | association | education | other
    spans: list[Span] = field(default_factory=list)
    key: str | None = None  # canonical key across documents
    acronym: str | None = None
    unit_kind: str | None = None  # Dinas, Badan, Kementerian, ...
    portfolio: str | None = None
    jurisdiction: str | None = None  # canonical place name
    region_code: str | None = None
    parent: str | None = None


@dataclass
class Place:
    name: str
    kind: str  # negara | provinsi | kabupaten | kota | kecamatan | desa | other
    code: str | None = None
    spans: list[Span] = field(default_factory=list)
    path: list[str] = field(default_factory=list)  # codes from province down to this place
    province: str | None = None


@dataclass
class Venue:
    name: str
    spans: list[Span] = field(default_factory=list)
    place: str | None = None


@dataclass
class DateSpan:
    text: str
    start: str | None
    end: str | None
    span: Span | None = None
    weekday_conflict: bool = False


@dataclass
class Theme:
    text: str
    span: Span | None = None


@dataclass
class Topic:
    label: str
    score: float


@dataclass
class Representation:
    principal: str
    representative: str
    relation: str = "diwakili"  # diwakili | mewakili | membacakan | atas_nama | melalui
    span: Span | None = None


@dataclass
class Role:
    role: str  # organizer | opened_by | speaker | attendee | site_visit | ...
    name: str
    span: Span | None = None


@dataclass
class Event:
    name: str | None
    kind: str | None = None
    start: str | None = None
    end: str | None = None
    place: str | None = None
    place_code: str | None = None
    venue: str | None = None
    organizer: str | None = None
    roles: list[Role] = field(default_factory=list)
    span: Span | None = None
    future: bool = False


@dataclass
class Facts:
    document_id: str
    source: str
    extractor_version: str
    published: str | None = None
    title: str | None = None
    persons: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    venues: list[Venue] = field(default_factory=list)
    dates: list[DateSpan] = field(default_factory=list)
    themes: list[Theme] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    representations: list[Representation] = field(default_factory=list)
    main_event: Event | None = None
    events: list[Event] = field(default_factory=list)  # other events, e.g. future ones

    def to_json(self) -> dict[str, Any]:
        """The contract's keys first, then warta's extra keys."""
        return {
            "source": self.source,
            "persons": [
                {
                    "name": p.name,
                    "titles": [t.text for t in p.titles],
                    "spans": [list(s) for s in p.spans],
                    "title_details": [_title_json(t) for t in p.titles],
                    "honorifics": p.honorifics,
                    "degrees": p.degrees,
                }
                for p in self.persons
            ],
            "organizations": [
                {
                    "name": o.name,
                    "aliases": o.aliases,
                    "kind": o.kind,
                    "spans": [list(s) for s in o.spans],
                    "key": o.key,
                    "acronym": o.acronym,
                    "unit_kind": o.unit_kind,
                    "portfolio": o.portfolio,
                    "jurisdiction": o.jurisdiction,
                    "region_code": o.region_code,
                    "parent": o.parent,
                }
                for o in self.organizations
            ],
            "places": [
                {
                    "name": p.name,
                    "kind": p.kind,
                    "code": p.code,
                    "spans": [list(s) for s in p.spans],
                    "path": p.path,
                    "province": p.province,
                }
                for p in self.places
            ],
            "venues": [v.name for v in self.venues],
            "dates": [
                {
                    "text": d.text,
                    "start": d.start,
                    "end": d.end,
                    "span": list(d.span) if d.span else None,
                    "weekday_conflict": d.weekday_conflict,
                }
                for d in self.dates
            ],
            "themes": [t.text for t in self.themes],
            "topics": [t.label for t in self.topics],
            "representations": [
                {
                    "principal": r.principal,
                    "representative": r.representative,
                    "relation": r.relation,
                    "span": list(r.span) if r.span else None,
                }
                for r in self.representations
            ],
            "main_event": _event_json(self.main_event) if self.main_event else None,
            # extra keys
            "id": self.document_id,
            "extractor_version": self.extractor_version,
            "published": self.published,
            "title": self.title,
            "venue_details": [
                {"name": v.name, "spans": [list(s) for s in v.spans], "place": v.place} for v in self.venues
            ],
            "theme_spans": [list(t.span) if t.span else None for t in self.themes],
            "topic_scores": [{"label": t.label, "score": round(t.score, 4)} for t in self.topics],
            "events": [_event_json(e) for e in self.events],
        }


def _title_json(t: Title) -> dict[str, Any]:
    # built directly: asdict() deep-copies, a quarter of the cost of loading facts
    return {"text": t.text, "head": t.head, "acting": t.acting, "portfolio": t.portfolio,
            "organization": t.organization, "region_code": t.region_code,
            "span": list(t.span) if t.span else None, "post": t.post, "post_key": t.post_key, "status": t.status}


def _event_json(e: Event) -> dict[str, Any]:
    return {
        "name": e.name,
        "start": e.start,
        "end": e.end,
        "place": e.place,
        "venue": e.venue,
        "organizer": e.organizer,
        "kind": e.kind,
        "place_code": e.place_code,
        "roles": [{"role": r.role, "name": r.name, "span": list(r.span) if r.span else None} for r in e.roles],
        "span": list(e.span) if e.span else None,
        "future": e.future,
    }


CONTRACT_KEYS = (
    "source",
    "persons",
    "organizations",
    "places",
    "venues",
    "dates",
    "themes",
    "topics",
    "representations",
    "main_event",
)
