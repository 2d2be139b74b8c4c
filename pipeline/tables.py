"""Load the rule tables in pipeline/data/ (TSV with a header row, or JSON), once per process."""
from __future__ import annotations

import csv
import json
from functools import lru_cache
from typing import Any

from pipeline.paths import DATA_DIR


@lru_cache(maxsize=None)
def load_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of data/<name>.tsv as dicts; lines starting with '#' are comments."""
    path = DATA_DIR / f"{name}.tsv"
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple({k: (v or "").strip() for k, v in row.items() if k is not None} for row in reader)


@lru_cache(maxsize=None)
def load_json(name: str) -> Any:
    return json.loads((DATA_DIR / f"{name}.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def load_list(name: str) -> tuple[str, ...]:
    """One entry per line in data/<name>.txt; '#' starts a comment line."""
    path = DATA_DIR / f"{name}.txt"
    return tuple(
        line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")
    )


@lru_cache(maxsize=None)
def load_set(name: str) -> frozenset[str]:
    """The entries of data/<name>.txt as a set, for membership tests."""
    return frozenset(load_list(name))
