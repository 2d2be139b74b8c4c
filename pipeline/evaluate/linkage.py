"""Pairwise precision and recall of the people linker (resolve/people.py) on labelled records.

A pair of records is positive when the gold gives both the same human; the linker predicts it positive when it
puts both in one cluster. Precision = true pairs linked / pairs linked; recall = true pairs linked / true pairs.
"""
from __future__ import annotations

import csv
from collections.abc import Hashable, Mapping
from itertools import combinations
from pathlib import Path

from pipeline.resolve.people import Record, link


def pairs_of(groups: Mapping[Hashable, Hashable]) -> set[frozenset]:
    """Unordered pairs of items that share a group."""
    by: dict[Hashable, list[Hashable]] = {}
    for item, group in groups.items():
        by.setdefault(group, []).append(item)
    return {frozenset(p) for members in by.values() for p in combinations(members, 2)}


def pairwise(gold: Mapping[Hashable, Hashable], predicted: Mapping[Hashable, Hashable]) -> dict[str, float]:
    """Scores over the records both sides know; tp/fp/fn are pair counts."""
    known = gold.keys() & predicted.keys()
    g = pairs_of({k: gold[k] for k in known})
    p = pairs_of({k: predicted[k] for k in known})
    tp, fp, fn = len(g & p), len(p - g), len(g - p)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"records": len(known), "pairs": len(known) * (len(known) - 1) // 2, "gold_pairs": len(g),
            "linked_pairs": len(p), "tp": tp, "fp": fp, "fn": fn,
            "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def predicted_clusters(records: list[Record]) -> dict[tuple[str, int], str]:
    return {r.rid: c.person_id for c in link(records) for r in c.records}


def read_records(path: str | Path) -> tuple[list[Record], dict[tuple[str, int], str]]:
    """Records and their gold humans from a TSV (document, name, regions, posts, doc_region, human)."""
    with open(path, encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    records, gold = [], {}
    for i, row in enumerate(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)):
        posts = frozenset(p for p in (row.get("posts") or "").split(";") if p.strip())
        orgs = frozenset(p.split("|")[1] for p in posts if p.count("|") == 2 and p.split("|")[1])
        r = Record(row["document"], i, row["name"], frozenset((row.get("regions") or "").split()), posts, orgs,
                   row.get("doc_region") or None)
        records.append(r)
        gold[r.rid] = row["human"]
    return records, gold
