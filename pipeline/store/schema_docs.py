"""The documented schema: the live DuckDB catalog joined with the descriptions kept in schema_docs.tsv.

Names, types and keys come from the catalog, meanings from the TSV, so the printed schema follows the database;
`undocumented()` and `stale()` list what the TSV misses or still describes after a change.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

DOCS_TSV = Path(__file__).with_name("schema_docs.tsv")
TABLE_ROW = "-"  # the `column` value of a row describing the table or view itself

PREAMBLE = """\
# The warta fact store

warta keeps everything in one DuckDB file (default `warta.duckdb`). This page is generated from the database
catalog and `pipeline/store/schema_docs.tsv` (`warta schema --format markdown`); `warta schema` prints the same
for any database file.

How to read it:

- **Documents** are identified by `document_id`, a hash of the folded text: the same text is one document
  wherever it was found (`document_sources` lists every path/URL).
- **Fact tables** (`persons`, `organizations`, `places`, `venues`, `dates`, `themes`, `topics`,
  `representations`, `event_facts`, ...) hold one row per fact per document, keyed by `document_id` and the
  fact's index in the document (`person_id`, `org_id`, ...). Every row carries the `extractor_version` that
  produced it; re-extraction replaces a document's facts as a whole.
- **Offsets**: `start_char`/`end_char` are 0-based character offsets into `documents.text` (end exclusive) of
  the fact's first mention; `mentions` has every span of every fact (join on `document_id`, `kind`, `fact_id`).
  The surface text is `substr(d.text, m.start_char + 1, m.end_char - m.start_char)`.
- **Codes** are Kemendagri region codes (`72` province, `72.02` kabupaten/kota, ...); `regions` gives names.
- **People and posts**: `people` links the persons of all documents into humans (`people_documents` says which
  person of which document each one is); `person_titles.post_key` names the post a title is a position of, and
  the view `office_holders` gives each post's holders as spells in date order.
- **Views** answer the common questions (officials, events, topics, organizations, representations); they are
  recreated on every write connection, so they follow the current tables.
- **Migrations**: `schema_version` records the applied migrations; opening an older database for writing
  upgrades it in place.
"""


@dataclass
class Column:
    name: str
    type: str
    key: bool
    not_null: bool
    description: str | None


@dataclass
class DbObject:
    name: str
    kind: str  # table | view
    description: str | None
    columns: list[Column] = field(default_factory=list)

    @property
    def key(self) -> list[str]:
        return [c.name for c in self.columns if c.key]


def load_descriptions(path: Path = DOCS_TSV) -> dict[tuple[str, str], str]:
    with path.open(encoding="utf-8", newline="") as f:
        return {(r["object"], r["column"]): r["description"]
                for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)}


def catalog(con: duckdb.DuckDBPyConnection) -> list[DbObject]:
    """Tables then views of the main schema, in the order of the TSV (unknown objects last)."""
    docs = load_descriptions()
    order = {obj: i for i, (obj, _) in enumerate(docs)}
    kinds = dict(con.execute("""
        SELECT table_name, 'table' FROM duckdb_tables() WHERE database_name = current_database()
          AND schema_name = 'main' AND NOT internal
        UNION ALL
        SELECT view_name, 'view' FROM duckdb_views() WHERE database_name = current_database()
          AND schema_name = 'main' AND NOT internal
    """).fetchall())
    keys = {(t, c) for t, cols in con.execute("""
        SELECT table_name, constraint_column_names FROM duckdb_constraints()
        WHERE database_name = current_database() AND constraint_type = 'PRIMARY KEY'
    """).fetchall() for c in cols}
    objects: dict[str, DbObject] = {}
    for table, name, type_, nullable in con.execute("""
        SELECT table_name, column_name, data_type, is_nullable FROM duckdb_columns()
        WHERE database_name = current_database() AND schema_name = 'main' AND NOT internal
        ORDER BY table_name, column_index
    """).fetchall():
        if table not in kinds:
            continue
        obj = objects.setdefault(table, DbObject(table, kinds[table], docs.get((table, TABLE_ROW))))
        obj.columns.append(Column(name, type_, (table, name) in keys, not nullable, docs.get((table, name))))
    return sorted(objects.values(), key=lambda o: (o.kind != "table", order.get(o.name, len(order)), o.name))


def undocumented(objects: list[DbObject]) -> list[str]:
    """'table' or 'table.column' entries the TSV does not describe."""
    missing = [o.name for o in objects if not o.description]
    missing += [f"{o.name}.{c.name}" for o in objects for c in o.columns if not c.description]
    return missing


def stale(objects: list[DbObject]) -> list[str]:
    """TSV entries for tables or columns the database does not have."""
    live = {(o.name, TABLE_ROW) for o in objects} | {(o.name, c.name) for o in objects for c in o.columns}
    return [f"{t}.{c}" if c != TABLE_ROW else t for t, c in load_descriptions() if (t, c) not in live]


def _cell(text: str | None) -> str:
    return (text or "").replace("|", "\\|")


def to_markdown(objects: list[DbObject]) -> str:
    out = [PREAMBLE]
    for title, kind in (("Tables", "table"), ("Views", "view")):
        out.append(f"## {title}\n")
        for o in (o for o in objects if o.kind == kind):
            out.append(f"### `{o.name}`\n")
            out.append(f"{o.description or '(not documented)'}\n")
            if o.key:
                out.append(f"Key: ({', '.join(o.key)}).\n")
            out.append("| column | type | meaning |\n|---|---|---|")
            for c in o.columns:
                flags = " (key)" if c.key else (" not null" if c.not_null else "")
                out.append(f"| `{c.name}` | {_cell(c.type)}{flags} | {_cell(c.description)} |")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def latest_schema() -> duckdb.DuckDBPyConnection:
    """An in-memory database at the latest schema version (what a new store looks like)."""
    from pipeline.store.schema import migrate

    con = duckdb.connect()
    migrate(con)
    return con
