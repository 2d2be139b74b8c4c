"""Named reports: each one is data (a SQL template over the analyst views with named parameters).

Every template accepts the parameters of PARAMS it lists, checked first by report_params.VALIDATORS; a parameter left out is NULL and its filter is off.
Reports run through the read-only connection of `pipeline.store.query`.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa

from pipeline.store.query import run_query, run_query_table
from pipeline.store.report_params import check_params

# name -> (DuckDB type, help)
PARAMS: dict[str, tuple[str, str]] = {
    "province": ("VARCHAR", "province code or name, e.g. 72 or 'Sulawesi Tengah'"),
    "since": ("DATE", "first day included (YYYY-MM-DD)"),
    "until": ("DATE", "last day included (YYYY-MM-DD)"),
    "limit": ("INTEGER", "at most this many rows"),
    "region": ("VARCHAR", "region code or name, e.g. 53.07 or 'Kabupaten Sikka' (its sub-regions included)"),
    "post": ("VARCHAR", "words of the post, its head or its organization, e.g. Bupati or 'Dinas Kesehatan'"),
    "person": ("VARCHAR[]", "people.person_id values (`warta report person NAME` finds them by name)"),
}

# Filters shared by the templates; {p} is the table alias holding province_code/province.
_PROVINCE = "($province IS NULL OR {p}.province_code = $province OR lower({p}.province) = lower($province))"
_WHEN = "($since IS NULL OR {d} >= $since) AND ($until IS NULL OR {d} <= $until)"


@dataclass(frozen=True)
class Report:
    name: str
    description: str
    sql: str
    params: tuple[str, ...] = ("province", "since", "until", "limit")


REPORTS: dict[str, Report] = {r.name: r for r in (
    Report("officials", "Officials by position, with how many documents mention them and when", f"""
        SELECT person, title, acting, organization, province_code, province,
               count(DISTINCT document_id) AS documents, min(date) AS first_date, max(date) AS last_date
        FROM officials o
        WHERE {_PROVINCE.format(p='o')} AND {_WHEN.format(d='o.date')}
        GROUP BY ALL
        ORDER BY documents DESC, last_date DESC NULLS LAST, person, title
        LIMIT coalesce($limit, 1000000)
    """),
    Report("topics", "Policy topics: documents (all ranks and as main topic) and provinces covered", f"""
        SELECT topic, sum(documents)::BIGINT AS documents, sum(primary_documents)::BIGINT AS primary_documents,
               count(DISTINCT province_code) AS provinces, min(month) AS first_month, max(month) AS last_month
        FROM topic_trends t
        WHERE {_PROVINCE.format(p='t')} AND {_WHEN.format(d='t.month')}
        GROUP BY ALL
        ORDER BY documents DESC, topic
        LIMIT coalesce($limit, 1000000)
    """),
    Report("events", "Events in date order with place, venue and organizer", f"""
        SELECT coalesce(start_date, published) AS date, end_date, name, kind, kabupaten_kota, province,
               province_code, venue, organizer, is_main, document_id
        FROM events e
        WHERE {_PROVINCE.format(p='e')} AND {_WHEN.format(d='coalesce(e.start_date, e.published)')}
        ORDER BY date NULLS LAST, name
        LIMIT coalesce($limit, 1000000)
    """),
    Report("organizations", "Most active organizations: documents, events organized, months active", f"""
        SELECT organization, kind, sum(documents)::BIGINT AS documents,
               sum(events_organized)::BIGINT AS events_organized,
               count(DISTINCT month) AS months_active, min(month) AS first_month, max(month) AS last_month
        FROM organization_activity a
        WHERE {_PROVINCE.format(p='a')} AND {_WHEN.format(d='a.month')}
        GROUP BY ALL
        ORDER BY documents DESC, events_organized DESC, organization
        LIMIT coalesce($limit, 1000000)
    """),
    Report("representations", "Who stands in for whom (principal <- representative), how often", f"""
        SELECT principal, representative, count(*) AS times, count(DISTINCT r.document_id) AS documents,
               min(f.published) AS first_date, max(f.published) AS last_date
        FROM representations r JOIN document_facets f USING (document_id)
        WHERE {_PROVINCE.format(p='f')} AND {_WHEN.format(d='f.published')}
        GROUP BY ALL
        ORDER BY times DESC, principal, representative
        LIMIT coalesce($limit, 1000000)
    """),
    Report("officeholders", "Who held each post of a region when: one row per spell, acting spells marked", """
        SELECT post, person, acting, marker, first_seen, last_seen, documents, region_code, region, organization,
               person_id
        FROM office_holders o
        WHERE ($region IS NULL OR o.region_code = $region OR starts_with(o.region_code, $region || '.'))
          AND ($post IS NULL OR contains(lower(o.post), lower($post)) OR lower(o.head) = lower($post)
               OR contains(lower(coalesce(o.organization, '')), lower($post)))
          AND ($since IS NULL OR o.last_seen >= $since) AND ($until IS NULL OR o.first_seen <= $until)
        ORDER BY o.region_code, o.post, o.first_seen NULLS LAST, o.last_seen, o.person
        LIMIT coalesce($limit, 1000000)
    """, ("region", "post", "since", "until", "limit")),
    Report("person", "Every post and document of a person (warta report person NAME)", """
        SELECT p.name AS person, pd.name AS written, dd.date, t.post, t.title, t.acting, t.status, t.region_code,
               d.title AS document, pd.document_id, p.person_id
        FROM people p
        JOIN people_documents pd USING (person_id)
        JOIN document_dates dd ON dd.document_id = pd.document_id
        JOIN documents d ON d.document_id = pd.document_id
        LEFT JOIN person_titles t ON t.document_id = pd.document_id AND t.person_id = pd.doc_person_id
        WHERE list_contains($person, p.person_id)
          AND ($since IS NULL OR dd.date >= $since) AND ($until IS NULL OR dd.date <= $until)
        ORDER BY p.name, p.person_id, dd.date NULLS LAST, pd.document_id, t.title_id
        LIMIT coalesce($limit, 1000000)
    """, ("person", "since", "until", "limit")),
)}


def bind(report: Report, values: dict[str, object]) -> tuple[str, dict[str, object]]:
    """The report's SQL with typed parameters, and the values for all of them (None: filter off)."""
    unknown = sorted(k for k, v in values.items() if v is not None and k not in report.params)
    if unknown:
        raise ValueError(f"report {report.name!r} does not take: {', '.join(unknown)}")
    sql = report.sql
    for name in report.params:
        sql = sql.replace(f"${name}", f"${name}::{PARAMS[name][0]}")
    return sql.strip(), {name: values.get(name) for name in report.params}


def prepare(name: str, values: dict[str, object]) -> tuple[str, dict[str, object]]:
    """The SQL and checked parameters of report `name` (ParameterError: a bad value, said in one line)."""
    if name not in REPORTS:
        raise KeyError(f"no report {name!r}; reports: {', '.join(REPORTS)}")
    return bind(REPORTS[name], check_params(values))


def run_report(db: str | Path, name: str, wait: float = 0.0, **values: object) -> pd.DataFrame:
    sql, params = prepare(name, values)
    return run_query(db, sql, params, wait=wait)


def report_table(db: str | Path, name: str, wait: float = 0.0, **values: object) -> pa.Table:
    """As run_report, as an Arrow table (the store's types kept)."""
    sql, params = prepare(name, values)
    return run_query_table(db, sql, params, wait=wait)
