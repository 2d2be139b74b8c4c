"""The main job as plain batch-level stages: ingest -> normalize -> register -> extract -> load.

`run_pipeline` drives the stages; the Prefect flows (pipeline/flows.py) pass task-wrapped versions of the same
stage functions, so the logic lives here once. DuckDB is written by this process only (one writer).
"""
from __future__ import annotations

import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from pipeline.extract.facts import Facts
from pipeline.normalize.document import Document, normalize
from pipeline.rejects import Reject, RejectError
from pipeline.sources.base import RawDocument, SourceItem, iter_source
from pipeline.store.db import open_store
from pipeline.store.load import NEW, STALE, UNCHANGED, load_facts, record_rejects, register_documents

DEFAULT_BATCH = 32


@dataclass
class RunSummary:
    run_id: str
    corpus: str
    db: str
    seen: int = 0
    new: int = 0
    reextracted: int = 0
    unchanged: int = 0
    duplicates: int = 0
    rejected: int = 0
    facts: Counter = field(default_factory=Counter)
    rejects: list[Reject] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def loaded(self) -> int:
        return self.new + self.reextracted

    def to_json(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id, "corpus": self.corpus, "db": self.db, "documents_seen": self.seen,
            "new": self.new, "reextracted": self.reextracted, "unchanged": self.unchanged,
            "duplicates": self.duplicates, "rejected": self.rejected, "facts": dict(self.facts),
            "seconds": round(self.seconds, 3),
            "documents_per_second": round(self.seen / self.seconds, 2) if self.seconds else None,
            "rejects": [{"source": r.source, "stage": r.stage, "reason": r.reason} for r in self.rejects],
        }


def batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


# ---------------------------------------------------------------- stages (batch level)
def normalize_batch(items: list[SourceItem]) -> tuple[list[Document], list[Reject]]:
    documents, rejects = [], []
    for item in items:
        if isinstance(item, Reject):
            rejects.append(item)
            continue
        try:
            documents.append(normalize(item))
        except RejectError as exc:
            rejects.append(Reject(item.source, exc.reason, stage="normalize"))
        except Exception as exc:  # an unexpected failure is still one document's problem
            rejects.append(Reject(item.source, f"normalization failed: {type(exc).__name__}: {exc}",
                                  stage="normalize"))
    return documents, rejects


def extract_batch(documents: list[Document]) -> tuple[list[Facts], list[Reject]]:
    from pipeline.extract.run import extract_documents

    facts, rejects = [], []
    for result in extract_documents(documents):
        (rejects if isinstance(result, Reject) else facts).append(result)
    return facts, rejects


def count_facts(facts: Iterable[Facts]) -> Counter:
    counts: Counter = Counter()
    for f in facts:
        counts["persons"] += len(f.persons)
        counts["organizations"] += len(f.organizations)
        counts["places"] += len(f.places)
        counts["venues"] += len(f.venues)
        counts["dates"] += len(f.dates)
        counts["themes"] += len(f.themes)
        counts["topics"] += len(f.topics)
        counts["representations"] += len(f.representations)
        counts["events"] += int(f.main_event is not None) + len(f.events)
    return counts


@dataclass
class Stages:
    """The stage callables; flows replace them with Prefect tasks wrapping the same functions."""

    normalize: Callable[[list[SourceItem]], tuple[list[Document], list[Reject]]] = normalize_batch
    extract: Callable[[list[Document]], tuple[list[Facts], list[Reject]]] = extract_batch
    register: Callable[..., dict[str, str]] = register_documents
    load: Callable[..., dict[str, int]] = load_facts
    reject: Callable[..., None] = record_rejects


def run_pipeline(corpus: str | Path, db: str | Path, batch_size: int = DEFAULT_BATCH, wait: float = 0.0,
                 stages: Stages | None = None, progress: Callable[[int], None] | None = None,
                 source_kind: str | None = None) -> RunSummary:
    """Ingest every document of `corpus`, extract what is new or stale, load it; idempotent."""
    stages = stages or Stages()
    summary = RunSummary(run_id=uuid.uuid4().hex[:12], corpus=str(corpus), db=str(db))
    started = time.perf_counter()
    con = open_store(db, wait=wait)
    try:
        con.execute("INSERT INTO runs (run_id, started_at, corpus) VALUES (?, now(), ?)",
                    [summary.run_id, str(corpus)])
        seen_ids: set[str] = set()
        for items in batched(iter_source(str(corpus), kind=source_kind), batch_size):
            summary.seen += len(items)
            documents, rejects = stages.normalize(items)
            status = stages.register(con, documents)
            todo: list[Document] = []
            for d in documents:
                if d.id in seen_ids:
                    summary.duplicates += 1
                    continue
                seen_ids.add(d.id)
                state = status.get(d.id, NEW)
                if state == UNCHANGED:
                    summary.unchanged += 1
                    continue
                todo.append(d)
                if state == STALE:
                    summary.reextracted += 1
                else:
                    summary.new += 1
            facts, extract_rejects = stages.extract(todo) if todo else ([], [])
            rejects += extract_rejects
            if extract_rejects:
                failed = {r.source for r in extract_rejects}
                summary.new -= sum(1 for d in todo if d.source in failed)
            stages.load(con, facts)
            stages.reject(con, rejects, summary.run_id)
            summary.facts.update(count_facts(facts))
            summary.rejected += len(rejects)
            summary.rejects.extend(rejects)
            if progress:
                progress(len(items))
        summary.seconds = time.perf_counter() - started
        import json

        con.execute("UPDATE runs SET finished_at = now(), summary = ? WHERE run_id = ?",
                    [json.dumps(summary.to_json(), ensure_ascii=False), summary.run_id])
    finally:
        con.close()
    return summary


def raw_from_text(text: str, source: str = "-") -> RawDocument:
    return RawDocument(source=source, body=text, media_type="text/plain")
