"""What each page shows: a template, its context, and its lists (each list also downloads as CSV and JSON).

A builder takes the request's parameters and an open read-only connection; it raises NotFound or BadRequest
with a message a reader can act on.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from pipeline.web import charts, queries
from pipeline.web.highlight import segments, valid_spans
from pipeline.web.queries import Rows


class NotFound(LookupError):
    pass


class BadRequest(ValueError):
    pass


@dataclass
class Listing:
    """One list of a page. links: column shown as a link -> (column holding the key, URL pattern)."""
    name: str
    title: str
    rows: Rows
    links: dict[str, tuple[str, str]] = field(default_factory=dict)
    hidden: tuple[str, ...] = ()  # key columns the HTML table does not show (they stay in the downloads)
    table: bool = True            # False: the page draws it as a chart; it still downloads

    @property
    def shown(self) -> list[str]:
        return [c for c in self.rows.columns if c not in self.hidden]

    def link(self, column: str, row: dict) -> str | None:
        if column not in self.links:
            return None
        key_column, pattern = self.links[column]
        key = row.get(key_column)
        return None if key is None else pattern.format(key)

    def cells(self) -> list[list[Cell]]:
        """The HTML table's cells, formatted here: a template macro per cell is slow on 500-row lists."""
        shown = self.shown
        return [[_cell(row.get(c), self.link(c, row)) for c in shown] for row in self.rows.rows]


@dataclass(frozen=True)
class Cell:
    text: str
    href: str | None = None
    css: str = ""


def _cell(value, href: str | None) -> Cell:
    if value is None:
        return Cell("–", None, "none")
    if isinstance(value, bool):
        return Cell("yes" if value else "no", href)
    if isinstance(value, date):
        return Cell(value.isoformat(), href, "nowrap")
    if isinstance(value, float):
        return Cell(f"{value:.3g}", href)
    return Cell(str(value), href)


@dataclass
class Page:
    template: str
    title: str
    context: dict = field(default_factory=dict)
    lists: list[Listing] = field(default_factory=list)

    def listing(self, name: str | None) -> Listing:
        for item in self.lists:
            if name is None or item.name == name:
                return item
        raise NotFound(f"this page has no list {name!r}; lists: {', '.join(i.name for i in self.lists)}")


DOC_LINK = {"title": ("document_id", "/documents/{}"), "document_id": ("document_id", "/documents/{}")}


def _date(params, name: str) -> date | None:
    value = (params.get(name) or "").strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadRequest(f"{name}={value!r} is not a date (YYYY-MM-DD)") from None


def _text(params, name: str) -> str | None:
    value = (params.get(name) or "").strip()
    return value or None


def home(params, con) -> Page:
    provinces = queries.provinces(con)
    provinces.rows = [r for r in provinces.rows if r["documents"]]
    return Page("home.html", "warta explorer", {"overview": queries.overview(con)}, [
        Listing("recent", "Latest releases", queries.recent_documents(con), DOC_LINK, ("document_id",)),
        Listing("provinces", "Provinces", provinces, {"name": ("code", "/regions/{}")}),
    ])


def regions_index(params, con) -> Page:
    return Page("list.html", "Provinces", {}, [
        Listing("provinces", "Provinces (documents about each)", queries.provinces(con),
                {"name": ("code", "/regions/{}"), "code": ("code", "/regions/{}")})])


def search(params, con) -> Page:
    q = (params.get("q") or "").strip()
    rows = queries.search(con, q) if q else Rows(["kind", "id", "label", "url"])
    return Page("search.html", f"Search: {q}" if q else "Search", {"q": q}, [
        Listing("results", f"{len(rows)} result(s)", rows, {"label": ("url", "{}")}, ("id", "url"))])


def person(params, con, key: str) -> Page:
    who, names = queries.find_person(con, key)
    if who is None:
        raise NotFound(f"no person with the key {key!r}")
    posts = queries.person_posts(con, who)
    return Page("person.html", who.name, {
        "names": names, "who": who, "timeline": charts.timeline(posts.rows),
        "spells_from": "office_holders" if queries.has_relation(con, "office_holders") else "titles",
    }, [
        Listing("posts", "Posts held", posts, {"region_code": ("region_code", "/regions/{}")}),
        Listing("documents", "Documents", queries.person_documents(con, who), DOC_LINK, ("document_id",)),
        Listing("organizations", "Organizations met (named in the same documents)",
                queries.person_organizations(con, who),
                {"organization": ("organization_id", "/organizations/{}")}, ("organization_id",)),
    ])


def organization(params, con, key: str) -> Page:
    identities = queries.organization_identities(con, key)
    if not identities:
        raise NotFound(f"no organization with the key {key!r}")
    names = queries.organization_names(con, identities)
    return Page("entity.html", names.rows[0]["name"], {"subtitle": "organization"}, [
        Listing("names", "Names", names, {"region_code": ("region_code", "/regions/{}")}),
        Listing("people", "People with a title in it", queries.organization_people(con, identities),
                {"person": ("person_id", "/persons/{}")}, ("person_id",)),
        Listing("documents", "Documents", queries.organization_documents(con, identities), DOC_LINK, ("document_id",)),
    ])


def place(params, con, key: str) -> Page:
    name, rows = queries.place_documents(con, key)
    if name is None:
        raise NotFound(f"no place with the name key {key!r}")
    return Page("entity.html", name, {"subtitle": "place without a region code"}, [
        Listing("documents", "Documents naming it", rows, DOC_LINK, ("document_id",))])


REGION_ROWS = 100  # a region page is an overview: its lists stop here (the events page goes further)


def _capped(title: str, rows: Rows, limit: int) -> str:
    return f"{title} (first {limit})" if len(rows) >= limit else title


def region(params, con, code: str) -> Page:
    if not queries.CODE.match(code):
        raise BadRequest(f"{code!r} is not a Kemendagri code (e.g. 72 or 72.10)")
    info = queries.region(con, code)
    if info is None:
        raise NotFound(f"no region with the code {code}")
    parent = queries.region(con, info["parent_code"]) if info.get("parent_code") else None
    topics = queries.region_topics(con, code)
    officials = queries.region_officials(con, code, limit=REGION_ROWS)
    events = queries.events(con, queries.EventFilter(region=code), limit=REGION_ROWS)
    return Page("region.html", info["name"], {"region": info, "parent": parent,
                                              "heatmap": charts.heatmap(topics.rows)}, [
        Listing("officials", _capped("Officials and posts", officials, REGION_ROWS), officials,
                {"person": ("person_id", "/persons/{}")}, ("person_id",)),
        Listing("events", _capped("Latest events", events, REGION_ROWS), events,
                {"name": ("event_id", "/events/{}")}, ("event_id",)),
        Listing("topic_months", "Topics by month", topics, table=False),
        Listing("topics", "Topics", queries.region_topic_totals(topics)),
        Listing("children", "Regions inside", queries.region_children(con, code),
                {"name": ("code", "/regions/{}"), "code": ("code", "/regions/{}")}),
    ])


def events(params, con) -> Page:
    f = queries.EventFilter(region=_text(params, "region"), since=_date(params, "since"),
                            until=_date(params, "until"), topic=_text(params, "topic"), kind=_text(params, "kind"))
    if f.region and not queries.CODE.match(f.region):
        raise BadRequest(f"region={f.region!r} is not a Kemendagri code (e.g. 72 or 72.10)")
    rows = queries.events(con, f)
    return Page("events.html", "Events", {"filter": f, "choices": queries.event_choices(con),
                                          "region": queries.region(con, f.region) if f.region else None}, [
        Listing("events", _capped(f"{len(rows)} event(s)", rows, queries.LIMIT), rows,
                {"name": ("event_id", "/events/{}"), "region": ("region_code", "/regions/{}")}, ("event_id",))])


def event(params, con, document_id: str, event_id: str) -> Page:
    if not event_id.isdigit():
        raise NotFound(f"no event {event_id!r} in document {document_id}")
    row = queries.event(con, document_id, int(event_id))
    if row is None:
        raise NotFound(f"no event {event_id} in document {document_id}")
    return Page("event.html", row["name"] or row["kind"] or "Event", {"event": row}, [
        Listing("roles", "Roles", queries.event_roles(con, document_id, int(event_id)),
                {"name": ("person_id", "/persons/{}")}, ("person_id",)),
    ])


KIND_LABELS = {"person": "person", "organization": "organization", "place": "place", "venue": "venue",
               "date": "date", "theme": "theme", "representation": "representation", "event": "event"}


def document(params, con, document_id: str) -> Page:
    doc = queries.document(con, document_id)
    if doc is None:
        raise NotFound(f"no document {document_id}")
    mentions = queries.document_mentions(con, document_id)
    spans, bad = valid_spans(mentions.rows, len(doc["text"]))
    facts = queries.document_facts(con, document_id)
    mentioned = {(s.kind, s.fact_id) for s in spans}
    by_kind: dict[str, list[dict]] = {}
    for f in facts.rows:
        by_kind.setdefault(f["kind"], []).append({**f, "mentioned": (f["kind"], f["fact_id"]) in mentioned})
    return Page("document.html", doc["title"] or doc["source"], {
        "doc": doc, "segments": segments(doc["text"], spans), "bad_offsets": bad, "facts_by_kind": by_kind,
        "sources": queries.document_sources(con, document_id), "kinds": KIND_LABELS,
    }, [
        Listing("facts", "Facts", facts, {"label": ("link", "{}")}, ("link",)),
        Listing("mentions", "Mentions (character offsets into the text)", mentions),
    ])


def sql(params, con, run) -> Page:
    """Free read-only SQL (only when the server was started with --sql): `run(statement)` applies the guard."""
    statement = (params.get("q") or "").strip()
    rows = Rows([])
    if statement:
        frame = run(statement).head(queries.LIMIT)
        frame = frame.astype(object).where(frame.notna(), None)  # NaN/NaT -> empty cells
        rows = Rows([str(c) for c in frame.columns],
                    [dict(zip(map(str, frame.columns), r)) for r in frame.itertuples(index=False)])
    return Page("sql.html", "SQL", {"statement": statement}, [Listing("result", f"{len(rows)} row(s)", rows)])
