"""The explorer's reads: fixed SQL with named parameters over the store's tables and views, nothing else.

Every function takes an open read-only connection and returns `Rows` (column names and dicts), the same rows a
page shows and its CSV/JSON downloads give. A person is one of `people` (persons linked across documents) when
the store has that table, else the persons sharing a key of their normalized name; a person's posts are the
spells of the view `office_holders` where it exists. Organizations are grouped by their key and jurisdiction,
as in the view `organization_activity`. The catalog is read at request time: a store upgraded while the server
runs is used as it is.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

import duckdb

LIMIT = 500  # rows per list on a page and in its downloads

# URL keys of persons and organizations: lower case ASCII words joined by '-' (the same in SQL and Python).
_SLUG_SQL = "trim(regexp_replace(lower(strip_accents({0})), '[^a-z0-9]+', '-', 'g'), '-')"
_ORG_IDENTITY = "coalesce({0}.org_key, lower({0}.name)) || coalesce(' @' || {0}.region_code, '')"
CODE = re.compile(r"^[0-9]{2}(\.[0-9]{2}(\.[0-9]{2}(\.[0-9]{4})?)?)?$")
PEOPLE_ID = re.compile(r"^p[0-9a-f]{12}$")
KINDS = ("person", "organization", "place", "venue", "date", "theme", "representation", "event")


def slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", folded).strip("-")


def _sql_slug(column: str) -> str:
    return _SLUG_SQL.format(column)


def _longest_word(key: str) -> str:
    """A word of the key to narrow a scan before slugs are compared (words of a slug are substrings of the
    folded name)."""
    return max(key.split("-"), key=len)


@dataclass
class Rows:
    columns: list[str]
    rows: list[dict] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self):
        return iter(self.rows)


def fetch(con: duckdb.DuckDBPyConnection, sql: str, params: dict | None = None) -> Rows:
    cursor = con.execute(sql, params or {})
    columns = [d[0] for d in cursor.description]
    return Rows(columns, [dict(zip(columns, row)) for row in cursor.fetchall()])


RELATIONS = ("people", "people_documents", "office_holders")  # newer parts of the schema the pages use if present


def has_relation(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    """Whether a table or view of that name exists now (views of newer schemas appear without a restart).
    Binding an empty select is much cheaper than reading the catalog functions (~1 ms against ~8 ms)."""
    if name not in RELATIONS:
        raise ValueError(f"unexpected relation {name!r}")
    try:
        con.execute(f'SELECT * FROM "{name}" LIMIT 0').fetchall()
        return True
    except duckdb.CatalogException:
        return False


# ---------------------------------------------------------------------------------------------------- overview

def overview(con) -> dict:
    row = con.execute("""
        SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM persons),
               (SELECT count(*) FROM organizations), (SELECT count(*) FROM event_facts),
               (SELECT count(*) FROM mentions), (SELECT min(published) FROM documents),
               (SELECT max(published) FROM documents)""").fetchone()
    return dict(zip(("documents", "persons", "organizations", "events", "mentions", "first", "last"), row))


def provinces(con) -> Rows:
    return fetch(con, """
        SELECT r.code, r.name, count(k.document_id) AS documents
        FROM regions r LEFT JOIN document_facet_keys k ON k.province_code = r.code
        WHERE r.level = 1
        GROUP BY ALL ORDER BY documents DESC, r.code""")


def recent_documents(con, limit: int = 15) -> Rows:
    return fetch(con, """
        SELECT document_id, published, title, source FROM documents
        ORDER BY published DESC NULLS LAST, document_id LIMIT $limit""", {"limit": limit})


# ------------------------------------------------------------------------------------------------------ search

_PERSONS_FOUND_NAMES = f"""person_hits AS (  -- grouped by name before the key is computed: fewer regexp calls
            SELECT p.name, count(DISTINCT p.document_id) AS n
            FROM persons p
            WHERE contains(lower(strip_accents(p.name)), strip_accents($q))
               OR (p.document_id, p.person_id) IN (SELECT (document_id, person_id) FROM titled)
            GROUP BY ALL
        ), persons_found AS (
            SELECT 'person' AS kind, {_sql_slug('name')} AS id,
                   first(name ORDER BY n DESC, length(name) DESC) AS label, sum(n) AS n
            FROM person_hits GROUP BY ALL ORDER BY n DESC, label LIMIT $k"""
_PERSONS_FOUND_PEOPLE = """person_hits AS (  -- any spelling of the person, or a title they bore
            SELECT DISTINCT person_id FROM people_documents
            WHERE contains(lower(strip_accents(name)), strip_accents($q))
               OR (document_id, doc_person_id) IN (SELECT (document_id, person_id) FROM titled)
        ), persons_found AS (
            SELECT 'person' AS kind, pe.person_id AS id, pe.name AS label, pe.documents AS n
            FROM people pe JOIN person_hits USING (person_id) ORDER BY n DESC, label LIMIT $k"""


def search(con, q: str, per_kind: int = 20) -> Rows:
    """Persons, organizations, places (regions by code), events and documents whose name contains q."""
    q = " ".join(q.lower().split())
    if not q:
        return Rows(["kind", "id", "label", "url"])
    rows = fetch(con, f"""
        WITH titled AS (  -- a title word finds its holders: "bupati pidie"
            SELECT DISTINCT document_id, person_id FROM person_titles WHERE contains(lower(title), $q)
        ), {_PERSONS_FOUND_PEOPLE if has_people(con) else _PERSONS_FOUND_NAMES}
        ), aliased AS (
            SELECT DISTINCT document_id, org_id FROM organization_aliases WHERE contains(lower(alias), $q)
        ), org_hits AS (
            SELECT {_ORG_IDENTITY.format('o')} AS identity, o.name, count(DISTINCT o.document_id) AS n
            FROM organizations o
            WHERE contains(lower(o.name), $q) OR contains(lower(coalesce(o.acronym, '')), $q)
               OR (o.document_id, o.org_id) IN (SELECT (document_id, org_id) FROM aliased)
            GROUP BY ALL
        ), orgs_found AS (
            SELECT 'organization' AS kind, {_sql_slug('identity')} AS id,
                   first(name ORDER BY n DESC, name) AS label, sum(n) AS n
            FROM org_hits GROUP BY identity ORDER BY n DESC, label LIMIT $k
        ), regions_found AS (
            SELECT 'place' AS kind, code AS id, name AS label, 0 AS n
            FROM regions WHERE contains(lower(name), $q) ORDER BY level, code LIMIT $k
        ), places_found AS (  -- coded places below kabupaten/kota, and places without a code
            SELECT 'place' AS kind, coalesce(code, 'name:' || {_sql_slug('name')}) AS id, min(name) AS label,
                   count(DISTINCT document_id) AS n
            FROM places
            WHERE contains(lower(name), $q) AND (code IS NULL OR length(code) > 5)
            GROUP BY ALL ORDER BY n DESC, label LIMIT $k
        ), events_found AS (
            SELECT 'event' AS kind, document_id || '/' || event_id AS id, name AS label, 0 AS n
            FROM event_facts WHERE contains(lower(name), $q)
            ORDER BY start_date DESC NULLS LAST, name LIMIT $k
        ), documents_found AS (
            SELECT 'document' AS kind, document_id AS id, coalesce(title, source) AS label, 0 AS n
            FROM documents WHERE contains(lower(coalesce(title, '')), $q)
            ORDER BY published DESC NULLS LAST LIMIT $k
        )
        SELECT kind, id, label FROM (
            SELECT *, 1 AS o FROM persons_found UNION ALL SELECT *, 2 FROM orgs_found
            UNION ALL SELECT *, 3 FROM regions_found UNION ALL SELECT *, 4 FROM places_found
            UNION ALL SELECT *, 5 FROM events_found UNION ALL SELECT *, 6 FROM documents_found)
        ORDER BY o, n DESC, label""", {"q": q, "k": per_kind})
    for row in rows:
        row["url"] = item_url(row["kind"], row["id"])
    rows.columns.append("url")
    return rows


def item_url(kind: str, key: str) -> str:
    if kind == "place":
        return f"/places/{key[5:]}" if key.startswith("name:") else f"/regions/{key}"
    return {"person": "/persons/{}", "organization": "/organizations/{}", "event": "/events/{}",
            "document": "/documents/{}"}[kind].format(key)


# ------------------------------------------------------------------------------------------------------ persons

def _with_key(rows: Rows, key: str) -> Rows:
    """Rows whose computed `key` column equals key. Compared here, not in SQL: DuckDB pushes such a filter
    below the grouping, so the key's regexp would run on every row of the table instead of on each group."""
    rows.rows = [r for r in rows.rows if r.pop("key") == key]
    rows.columns.remove("key")
    return rows


def has_people(con) -> bool:
    return has_relation(con, "people") and has_relation(con, "people_documents")


def _people_join(con, document: str, index: str) -> tuple[str, str]:
    """(JOIN clause, expression) giving the `people` id of a persons row, or NULL on stores without it."""
    if not has_people(con):
        return "", "NULL::VARCHAR"
    return (f"LEFT JOIN people_documents pd ON pd.document_id = {document} AND pd.doc_person_id = {index}",
            "pd.person_id")


@dataclass(frozen=True)
class Who:
    """A person page's subject: one of `people`, or every person whose name has the key."""
    key: str
    name: str
    person_id: str | None = None
    names: tuple[str, ...] = ()


def find_person(con, key: str) -> tuple[Who | None, Rows]:
    """The person under a URL key (a `people` id, or a name key) and the spellings of their name."""
    if PEOPLE_ID.match(key) and has_people(con):
        spellings = fetch(con, """
            SELECT pd.name, count(DISTINCT pd.document_id) AS documents
            FROM people_documents pd WHERE pd.person_id = $id
            GROUP BY ALL ORDER BY documents DESC, name""", {"id": key})
        row = con.execute("SELECT name FROM people WHERE person_id = $id", {"id": key}).fetchone()
        return (Who(key, row[0], person_id=key) if row else None), spellings
    spellings = person_names(con, key)
    if not spellings.rows:
        return None, spellings
    return Who(key, spellings.rows[0]["name"], names=tuple(r["name"] for r in spellings.rows)), spellings


def person_names(con, key: str) -> Rows:
    """The spellings of the person's name (one key) with their documents; empty: no such person."""
    return _with_key(fetch(con, f"""
        WITH names AS (
            SELECT name, count(DISTINCT document_id) AS documents FROM persons
            WHERE contains(lower(strip_accents(name)), $word) GROUP BY ALL
        )
        SELECT name, documents, {_sql_slug('name')} AS key FROM names
        ORDER BY documents DESC, name""", {"word": _longest_word(key)}), key)


def _person_rows_cte(who: Who) -> tuple[str, dict]:
    if who.person_id:
        rows = """SELECT document_id, doc_person_id AS person_id, name FROM people_documents
                  WHERE person_id = $who"""
        params = {"who": who.person_id}
    else:
        rows = "SELECT document_id, person_id, name FROM persons WHERE list_contains($who, name)"
        params = {"who": list(who.names)}
    return (f"""person_rows AS (
            {rows}
        ), dated AS (
            SELECT d.document_id, d.published, d.title, d.source,
                   coalesce(k.event_start, d.published) AS date
            FROM documents d LEFT JOIN document_facet_keys k USING (document_id)
            WHERE d.document_id IN (SELECT document_id FROM person_rows)
        )""", params)


def person_posts(con, who: Who) -> Rows:
    """Posts held, one row per spell: from `office_holders` when the store has it, else per distinct title."""
    if has_relation(con, "office_holders"):
        match = "person_id = $who" if who.person_id else "list_contains($who, person)"
        return fetch(con, f"""
            SELECT post, organization, region_code, acting, marker, first_seen, last_seen, documents
            FROM office_holders WHERE {match}
            ORDER BY first_seen NULLS LAST, last_seen, post""", {"who": who.person_id or list(who.names)})
    cte, params = _person_rows_cte(who)
    return fetch(con, f"""
        WITH {cte}
        SELECT t.title AS post, t.organization, t.region_code, t.acting IS NOT NULL AS acting,
               t.acting AS marker, min(d.date) AS first_seen, max(d.date) AS last_seen,
               count(DISTINCT t.document_id) AS documents
        FROM person_titles t JOIN person_rows p USING (document_id, person_id) JOIN dated d USING (document_id)
        GROUP BY ALL ORDER BY first_seen NULLS LAST, last_seen, post""", params)


def person_documents(con, who: Who) -> Rows:
    cte, params = _person_rows_cte(who)
    return fetch(con, f"""
        WITH {cte}, titles AS (
            SELECT t.document_id, string_agg(DISTINCT t.title, '; ') AS titles
            FROM person_titles t JOIN person_rows p USING (document_id, person_id) GROUP BY ALL
        )
        SELECT d.document_id, d.date, d.title, d.source, t.titles
        FROM dated d LEFT JOIN titles t USING (document_id)
        ORDER BY d.date DESC NULLS LAST, d.document_id LIMIT $limit""", {**params, "limit": LIMIT})


def person_organizations(con, who: Who) -> Rows:
    """Organizations named in the person's documents, most shared first."""
    cte, params = _person_rows_cte(who)
    return fetch(con, f"""
        WITH {cte}, orgs AS (
            SELECT {_ORG_IDENTITY.format('o')} AS identity, o.name, count(DISTINCT o.document_id) AS n
            FROM organizations o WHERE o.document_id IN (SELECT document_id FROM person_rows)
            GROUP BY ALL
        ), grouped AS (
            SELECT identity, first(name ORDER BY n DESC, name) AS organization, sum(n) AS documents
            FROM orgs GROUP BY identity ORDER BY documents DESC, organization LIMIT $limit
        )
        SELECT {_sql_slug('identity')} AS organization_id, organization, documents::BIGINT AS documents
        FROM grouped ORDER BY documents DESC, organization""", {**params, "limit": LIMIT})


# ------------------------------------------------------------------------------------------------ organizations

def organization_identities(con, key: str) -> list[str]:
    """The identities (key and jurisdiction, as in `organization_activity`) whose URL key is key."""
    rows = fetch(con, f"""
        WITH ids AS (
            SELECT DISTINCT {_ORG_IDENTITY.format('o')} AS identity FROM organizations o
            WHERE contains(lower(strip_accents({_ORG_IDENTITY.format('o')})), $word)
        )
        SELECT identity, {_sql_slug('identity')} AS key FROM ids""", {"word": _longest_word(key)})
    return [r["identity"] for r in _with_key(rows, key).rows]


def _org_rows_cte(identities: list[str]) -> tuple[str, dict]:
    return (f"""org_rows AS MATERIALIZED (  -- read by several parts of a query: scanned once
            SELECT o.document_id, o.org_id, o.name, o.kind, o.acronym, o.region_code FROM organizations o
            WHERE list_contains($ids, {_ORG_IDENTITY.format('o')})
        )""", {"ids": identities})


def organization_names(con, identities: list[str]) -> Rows:
    cte, params = _org_rows_cte(identities)
    return fetch(con, f"""
        WITH {cte}
        SELECT name, kind, acronym, region_code, count(DISTINCT document_id) AS documents
        FROM org_rows GROUP BY ALL ORDER BY documents DESC, name""", params)


def organization_documents(con, identities: list[str]) -> Rows:
    cte, params = _org_rows_cte(identities)
    return fetch(con, f"""
        WITH {cte}
        SELECT d.document_id, d.published, d.title, d.source FROM documents d
        WHERE d.document_id IN (SELECT document_id FROM org_rows)
        ORDER BY d.published DESC NULLS LAST, d.document_id LIMIT $limit""", {**params, "limit": LIMIT})


def organization_people(con, identities: list[str]) -> Rows:
    """Persons whose title names the organization (or one of its surface forms)."""
    cte, params = _org_rows_cte(identities)
    join, person_id = _people_join(con, "t.document_id", "t.person_id")
    return fetch(con, f"""
        WITH {cte}, names AS (
            SELECT DISTINCT lower(name) AS n FROM org_rows
            UNION SELECT DISTINCT lower(a.alias) FROM organization_aliases a JOIN org_rows USING (document_id, org_id)
        ), held AS (
            SELECT {person_id} AS pid, p.name AS person, t.title, count(DISTINCT t.document_id) AS documents,
                   min(d.published) AS first_seen, max(d.published) AS last_seen
            FROM person_titles t JOIN persons p USING (document_id, person_id) JOIN documents d USING (document_id)
            {join}
            WHERE t.document_id IN (SELECT document_id FROM org_rows)
              AND lower(t.organization) IN (SELECT n FROM names)
            GROUP BY ALL ORDER BY documents DESC, person LIMIT $limit
        )
        SELECT coalesce(pid, {_sql_slug('person')}) AS person_id, * EXCLUDE (pid) FROM held
        ORDER BY documents DESC, person""",
                 {**params, "limit": LIMIT})


# ------------------------------------------------------------------------------------------------------ regions

def region(con, code: str) -> dict | None:
    """Name, level and parent of a code; codes below kabupaten/kota are named from the places that carry them."""
    row = con.execute("SELECT code, name, level, parent_code FROM regions WHERE code = $c", {"c": code}).fetchone()
    if row:
        return dict(zip(("code", "name", "level", "parent_code"), row))
    row = con.execute("SELECT min(name) FROM places WHERE code = $c", {"c": code}).fetchone()
    if row and row[0]:
        return {"code": code, "name": row[0], "level": code.count(".") + 1, "parent_code": code.rsplit(".", 1)[0]}
    return None


# Documents about a region: their facets (provinces, kabupaten/kota), or for lower levels a place they name.
_REGION_DOCS = """region_docs AS (
    SELECT document_id FROM document_facet_keys WHERE province_code = $code OR kabupaten_kota_code = $code
    UNION
    SELECT document_id FROM places WHERE length($code) > 5 AND (code = $code OR starts_with(code, $code || '.'))
)"""
_UNDER = "({0} = $code OR starts_with({0}, $code || '.'))"


def region_officials(con, code: str, limit: int = LIMIT) -> Rows:
    """People with a title in the region: the title's own region, else (no region) the document's."""
    if has_relation(con, "office_holders"):
        return fetch(con, f"""
            SELECT person_id, person, post, acting, marker, first_seen, last_seen, documents
            FROM office_holders WHERE {_UNDER.format('region_code')}
            ORDER BY last_seen DESC NULLS LAST, post LIMIT $limit""", {"code": code, "limit": limit})
    join, person_id = _people_join(con, "t.document_id", "t.person_id")
    return fetch(con, f"""
        WITH {_REGION_DOCS}, held AS (
            SELECT {person_id} AS pid, p.name AS person, t.title AS post, t.acting IS NOT NULL AS acting,
                   t.acting AS marker,
                   min(coalesce(k.event_start, d.published)) AS first_seen,
                   max(coalesce(k.event_start, d.published)) AS last_seen,
                   count(DISTINCT t.document_id) AS documents
            FROM person_titles t JOIN persons p USING (document_id, person_id) JOIN documents d USING (document_id)
            LEFT JOIN document_facet_keys k USING (document_id)
            {join}
            WHERE {_UNDER.format('t.region_code')}
               OR (t.region_code IS NULL AND t.document_id IN (SELECT document_id FROM region_docs))
            GROUP BY ALL ORDER BY documents DESC, last_seen DESC NULLS LAST, person LIMIT $limit
        )
        SELECT coalesce(pid, {_sql_slug('person')}) AS person_id, * EXCLUDE (pid) FROM held
        ORDER BY documents DESC, last_seen DESC NULLS LAST, person""", {"code": code, "limit": limit})


def region_topic_totals(monthly: Rows) -> Rows:
    """Per topic: documents (summed over months), first and last month; from region_topics' rows."""
    totals: dict[str, dict] = {}
    for r in monthly:
        t = totals.setdefault(r["topic"], {"topic": r["topic"], "documents": 0, "first_month": r["month"],
                                           "last_month": r["month"]})
        t["documents"] += r["documents"]
        t["first_month"] = min(t["first_month"], r["month"])
        t["last_month"] = max(t["last_month"], r["month"])
    return Rows(["topic", "documents", "first_month", "last_month"],
                sorted(totals.values(), key=lambda t: (-t["documents"], t["topic"])))


def region_topics(con, code: str) -> Rows:
    """Documents per topic and month in the region (any of a document's topics)."""
    return fetch(con, f"""
        WITH {_REGION_DOCS}
        SELECT date_trunc('month', coalesce(d.published, k.event_start))::DATE AS month, t.label AS topic,
               count(DISTINCT t.document_id) AS documents
        FROM topics t JOIN documents d USING (document_id) LEFT JOIN document_facet_keys k USING (document_id)
        WHERE t.document_id IN (SELECT document_id FROM region_docs)
        GROUP BY ALL HAVING month IS NOT NULL ORDER BY month, topic""", {"code": code})


def region_children(con, code: str) -> Rows:
    """Kabupaten/kota of a province, or the coded places named inside a lower region, with their documents."""
    return fetch(con, """
        WITH kids AS (
            SELECT code, name FROM regions WHERE parent_code = $code
            UNION
            SELECT code, min(name) FROM places
            WHERE length($code) >= 5 AND starts_with(code, $code || '.')
              AND length(code) - length(replace(code, '.', '')) = length($code) - length(replace($code, '.', '')) + 1
            GROUP BY ALL
        ), counted AS (
            SELECT kabupaten_kota_code AS code, count(*) AS n FROM document_facet_keys
            WHERE province_code = $code GROUP BY ALL
            UNION ALL
            SELECT code, count(DISTINCT document_id) FROM places
            WHERE length($code) >= 5 AND starts_with(code, $code || '.') GROUP BY ALL
        )
        SELECT k.code, k.name, coalesce(sum(c.n), 0)::BIGINT AS documents
        FROM kids k LEFT JOIN counted c USING (code)
        GROUP BY ALL ORDER BY documents DESC, k.code""", {"code": code})


def place_documents(con, key: str) -> tuple[str | None, Rows]:
    """A place without a region code (by name key) and the documents naming it."""
    rows = fetch(con, f"""
        SELECT p.name, p.kind, d.document_id, d.published, d.title, d.source
        FROM places p JOIN documents d USING (document_id)
        WHERE contains(lower(strip_accents(p.name)), $word) AND {_sql_slug('p.name')} = $key
        ORDER BY d.published DESC NULLS LAST, d.document_id LIMIT $limit""",
                 {"key": key, "word": _longest_word(key), "limit": LIMIT})
    return (rows.rows[0]["name"] if rows.rows else None), rows


# ------------------------------------------------------------------------------------------------------- events

@dataclass
class EventFilter:
    region: str | None = None
    since: date | None = None
    until: date | None = None
    topic: str | None = None
    kind: str | None = None

    def params(self) -> dict:
        return {"code": self.region, "since": self.since, "until": self.until, "topic": self.topic,
                "kind": self.kind}


def events(con, f: EventFilter, limit: int = LIMIT) -> Rows:
    """Events newest first. Region: the event's own place code, else its document's (as the view `events`)."""
    return fetch(con, """
        WITH located AS (
            SELECT e.document_id, e.event_id, coalesce(e.start_date, d.published) AS date,
                   coalesce(e.end_date, e.start_date) AS end_date, e.name, e.kind, e.place_code,
                   coalesce(warta_province(e.place_code), k.province_code) AS province_code,
                   CASE WHEN warta_province(e.place_code) IS NOT NULL THEN warta_kabkota(e.place_code)
                        ELSE k.kabupaten_kota_code END AS kabupaten_kota_code,
                   e.venue, e.organizer, e.is_main
            FROM event_facts e JOIN documents d USING (document_id) LEFT JOIN document_facet_keys k USING (document_id)
            WHERE ($kind IS NULL OR e.kind = $kind)
              AND ($topic IS NULL OR e.document_id IN (SELECT document_id FROM topics WHERE label = $topic))
        ), chosen AS (
            SELECT * FROM located
            WHERE ($code IS NULL OR province_code = $code OR kabupaten_kota_code = $code
                   OR place_code = $code OR starts_with(place_code, $code || '.'))
              AND ($since::DATE IS NULL OR date >= $since::DATE) AND ($until::DATE IS NULL OR date <= $until::DATE)
            ORDER BY date DESC NULLS LAST, name LIMIT $limit
        )
        SELECT c.document_id || '/' || c.event_id AS event_id, c.date, c.end_date, c.name, c.kind,
               coalesce(rk.name, rp.name) AS region, coalesce(c.kabupaten_kota_code, c.province_code) AS region_code,
               c.venue, c.organizer, c.is_main
        FROM chosen c
        LEFT JOIN regions rp ON rp.code = c.province_code LEFT JOIN regions rk ON rk.code = c.kabupaten_kota_code
        ORDER BY c.date DESC NULLS LAST, c.name""", {**f.params(), "limit": limit})


def event_choices(con) -> dict[str, list[str]]:
    kinds = [r[0] for r in con.execute(
        "SELECT DISTINCT kind FROM event_facts WHERE kind IS NOT NULL ORDER BY 1").fetchall()]
    topics = [r[0] for r in con.execute("SELECT DISTINCT label FROM topics ORDER BY 1").fetchall()]
    return {"kinds": kinds, "topics": topics}


def event(con, document_id: str, event_id: int) -> dict | None:
    row = fetch(con, """
        SELECT e.*, d.title AS document_title, d.url FROM events e JOIN documents d USING (document_id)
        WHERE e.document_id = $doc AND e.event_id = $ev""", {"doc": document_id, "ev": event_id})
    return row.rows[0] if row.rows else None


def event_roles(con, document_id: str, event_id: int) -> Rows:
    """Roles; a role held by a person of the document links to the person's page."""
    join, person_id = _people_join(con, "p.document_id", "p.person_id")
    return fetch(con, f"""
        WITH named AS (
            SELECT p.name, any_value({person_id}) AS pid FROM persons p {join}
            WHERE p.document_id = $doc GROUP BY ALL
        )
        SELECT r.role, r.name, CASE WHEN n.name IS NOT NULL THEN coalesce(n.pid, {_sql_slug('r.name')}) END
               AS person_id
        FROM event_role_facts r LEFT JOIN named n ON n.name = r.name
        WHERE r.document_id = $doc AND r.event_id = $ev
        ORDER BY r.role, r.name""", {"doc": document_id, "ev": event_id})


# ---------------------------------------------------------------------------------------------------- documents

def document(con, document_id: str) -> dict | None:
    rows = fetch(con, """
        SELECT document_id, source, url, title, published, text, language, word_count, extractor_version
        FROM documents WHERE document_id = $doc""", {"doc": document_id})
    return rows.rows[0] if rows.rows else None


def document_sources(con, document_id: str) -> list[str]:
    return [r[0] for r in con.execute(
        "SELECT source FROM document_sources WHERE document_id = $doc ORDER BY first_seen, source",
        {"doc": document_id}).fetchall()]


def document_mentions(con, document_id: str) -> Rows:
    return fetch(con, """
        SELECT kind, fact_id, text, start_char, end_char FROM mentions WHERE document_id = $doc
        ORDER BY start_char, end_char DESC""", {"doc": document_id})


def document_facts(con, document_id: str) -> Rows:
    """Every fact of a document, one row each: kind, index, label, detail, the page it leads to."""
    join, person_id = _people_join(con, "p.document_id", "p.person_id")
    rows = fetch(con, f"""
        SELECT 'person' AS kind, p.person_id AS fact_id, p.name AS label,
               (SELECT string_agg(t.title, '; ' ORDER BY t.title_id) FROM person_titles t
                WHERE t.document_id = p.document_id AND t.person_id = p.person_id) AS detail,
               '/persons/' || coalesce({person_id}, {_sql_slug('p.name')}) AS link
        FROM persons p {join} WHERE p.document_id = $doc
        UNION ALL
        SELECT 'organization', o.org_id, o.name,
               concat_ws(', ', o.acronym, o.kind, o.region_code),
               '/organizations/' || {_sql_slug(_ORG_IDENTITY.format('o'))}
        FROM organizations o WHERE o.document_id = $doc
        UNION ALL
        SELECT 'place', place_id, name, concat_ws(', ', kind, code),
               CASE WHEN code IS NOT NULL THEN '/regions/' || code ELSE '/places/' || {_sql_slug('name')} END
        FROM places WHERE document_id = $doc
        UNION ALL
        SELECT 'venue', venue_id, name, place, NULL FROM venues WHERE document_id = $doc
        UNION ALL
        SELECT 'date', date_id, text,
               CASE WHEN end_date IS DISTINCT FROM start_date THEN start_date || ' to ' || end_date
                    ELSE start_date::VARCHAR END, NULL
        FROM dates WHERE document_id = $doc
        UNION ALL
        SELECT 'theme', theme_id, text, NULL, NULL FROM themes WHERE document_id = $doc
        UNION ALL
        SELECT 'representation', representation_id, representative || ' for ' || principal, relation, NULL
        FROM representations WHERE document_id = $doc
        UNION ALL
        SELECT 'event', event_id, coalesce(name, kind, 'event'),
               concat_ws(', ', CASE WHEN is_main THEN 'main' END, kind, start_date::VARCHAR, place, venue),
               '/events/' || document_id || '/' || event_id
        FROM event_facts WHERE document_id = $doc
        UNION ALL
        SELECT 'topic', rank, label, 'score ' || round(score, 2), '/events?topic=' || label
        FROM topics WHERE document_id = $doc""", {"doc": document_id})
    order = {k: i for i, k in enumerate((*KINDS, "topic"))}
    rows.rows.sort(key=lambda r: (order.get(r["kind"], 99), r["fact_id"]))
    return rows
