"""A page's list as CSV or JSON: the same rows and columns the page was built from."""
from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from decimal import Decimal

from pipeline.web.queries import Rows

MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "json": "application/json"}


def _plain(value):
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def to_json(rows: Rows) -> str:
    return json.dumps([{c: _plain(r.get(c)) for c in rows.columns} for r in rows.rows], ensure_ascii=False)


def to_csv(rows: Rows) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(rows.columns)
    for r in rows.rows:
        values = (_plain(r.get(c)) for c in rows.columns)
        writer.writerow("" if v is None else "; ".join(map(str, v)) if isinstance(v, list) else v for v in values)
    return out.getvalue()


def render(rows: Rows, fmt: str) -> str:
    return to_csv(rows) if fmt == "csv" else to_json(rows)
