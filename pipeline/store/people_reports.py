"""`warta report person NAME`: the people a name denotes (by the linker's name agreement, so "Yosef Woda" finds
Yosef Ardianus Woda), then every post and document of each; an unknown name is an error with close matches."""
from __future__ import annotations

import difflib
from pathlib import Path

import pyarrow as pa

from pipeline.resolve.people import name_agreement, name_words
from pipeline.store.query import run_query_table
from pipeline.store.report_params import ParameterError
from pipeline.store.reports import report_table


def find_people(db: str | Path, name: str, wait: float = 0.0) -> list[str]:
    """person_id of every human whose name or an alias agrees with `name`; ParameterError with the closest
    names when none does."""
    query = " ".join(str(name or "").split())
    if not query:
        raise ParameterError("report person needs a NAME")
    rows = run_query_table(db, "SELECT person_id, name, aliases FROM people ORDER BY name", wait=wait).to_pylist()
    want = name_words(query)
    found = []
    for r in rows:
        forms = [r["name"], *(r["aliases"] or [])]
        if any(name_words(f) == want or name_agreement(query, f) in ("exact", "variant", "ends", "partial")
               or (len(want) == 1 and want[0] in name_words(f)) for f in forms):
            found.append(r["person_id"])
    if found:
        return found
    names = sorted({f for r in rows for f in [r["name"], *(r["aliases"] or [])]})
    close = difflib.get_close_matches(query, names, n=3, cutoff=0.6) or difflib.get_close_matches(
        query.lower(), [n.lower() for n in names], n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(close)}?" if close else " (`warta query \"SELECT name FROM people\"` lists them)"
    raise ParameterError(f"no person named {query!r} in {db}{hint}")


def person_table(db: str | Path, name: str, wait: float = 0.0, **values: object) -> pa.Table:
    return report_table(db, "person", wait=wait, person=find_people(db, name, wait=wait), **values)
