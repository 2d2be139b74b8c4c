"""The main job as plain batch-level stages: ingest -> fetch -> normalize -> dedup -> register -> extract -> load.

`run_pipeline` drives the stages; the Prefect flows (pipeline/flows.py) pass task-wrapped versions of the same
stage functions, so the logic lives here once. DuckDB is written by this process only (one writer); with a
`submit` stage, extraction of a few batches runs elsewhere (Dask workers) while this process keeps reading.
"""
from __future__ import annotations

import json
import time
import uuid
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.normalize.document import Document, normalize
from pipeline.parallel import ExtractionPool, pool_size
from pipeline.rejects import Reject, RejectError
from pipeline.sources.base import PageRef, RawDocument, SourceItem, Unchanged, iter_items
from pipeline.sources.detect import detect_source
from pipeline.sources.fetch import fetch_batch, is_http
from pipeline.sources.http import HttpClient, HttpSettings
from pipeline.store.db import open_store
from pipeline.store.local_sources import adopt_relative_sources
from pipeline.store.load import NEW, STALE, UNCHANGED, load_facts, record_rejects, register_documents
from pipeline.store.people import deferred_rebuild
from pipeline.store.signatures import Deduper
from pipeline.store.state import StateBook, load_state, save_state
from pipeline.version import extractor_version

if TYPE_CHECKING:  # importing pipeline.extract loads spaCy (and torch): not needed to read or load
    from pipeline.extract.facts import Facts

DEFAULT_BATCH = 32
# Rejects kept in a run's summary (all of them are in the rejects table): memory stays flat on huge corpora.
KEPT_REJECTS = 1000

# Extraction worker processes of a run when run_pipeline is not told: None = automatic (pipeline.parallel.pool_size),
# 1 = in-process. The CLI sets it around a flow with `extraction_workers`.
WORKERS: int | None = None
_POOL: ExtractionPool | None = None  # the worker pool of the run in progress; extract_batch hands batches to it

# Called with the number of source items of each batch once its documents are extracted and loaded (the CLI's
# progress bar); see `reporting`.
PROGRESS: Callable[[int], None] | None = None


@dataclass
class RunSummary:
    run_id: str
    corpus: str
    db: str
    seen: int = 0
    new: int = 0
    reextracted: int = 0
    unchanged: int = 0
    duplicates: int = 0  # exact (same text from another source) and near-duplicates
    near_duplicates: int = 0
    not_modified: int = 0  # pages skipped by a 304 or an unchanged sitemap lastmod (counted as unchanged too)
    fetched: int = 0
    rejected: int = 0
    facts: Counter = field(default_factory=Counter)
    rejects: list[Reject] = field(default_factory=list)
    seconds: float = 0.0
    kind: str | None = None  # the adapter that read the source, and how that was decided
    kind_how: str | None = None

    @property
    def loaded(self) -> int:
        return self.new + self.reextracted

    def to_json(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id, "corpus": self.corpus, "db": self.db, "kind": self.kind,
            "kind_how": self.kind_how, "documents_seen": self.seen,
            "new": self.new, "reextracted": self.reextracted, "unchanged": self.unchanged,
            "duplicates": self.duplicates, "near_duplicates": self.near_duplicates,
            "not_modified": self.not_modified, "fetched": self.fetched, "rejected": self.rejected,
            "facts": dict(self.facts), "seconds": round(self.seconds, 3),
            "documents_per_second": round(self.seen / self.seconds, 2) if self.seconds else None,
            "rejects": [{"source": r.source, "stage": r.stage, "reason": r.reason} for r in self.rejects],
        }


def batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


class reporting:
    """`with reporting(callback): ...` routes batch progress to `callback` (flows run in this process)."""

    def __init__(self, callback: Callable[[int], None] | None):
        self.callback = callback

    def __enter__(self):
        global PROGRESS
        self.previous, PROGRESS = PROGRESS, self.callback

    def __exit__(self, *exc):
        global PROGRESS
        PROGRESS = self.previous


# ---------------------------------------------------------------- stages (batch level)
def normalize_batch(items: list[SourceItem], max_chars: int | None = None) -> tuple[list[Document], list[Reject]]:
    """max_chars: longest text accepted (None: normalize.document.MAX_CHARS)."""
    documents, rejects = [], []
    for item in items:
        if isinstance(item, Reject):
            rejects.append(item)
            continue
        try:
            documents.append(normalize(item, max_chars=max_chars))
        except RejectError as exc:
            rejects.append(Reject(item.source, exc.reason, stage="normalize"))
        except Exception as exc:  # an unexpected failure is still one document's problem
            rejects.append(Reject(item.source, f"normalization failed: {type(exc).__name__}: {exc}",
                                  stage="normalize"))
    return documents, rejects


class extraction_workers:
    """`with extraction_workers(n): ...` sets the worker processes of the runs started inside (None: automatic)."""

    def __init__(self, workers: int | None):
        self.workers = workers

    def __enter__(self):
        global WORKERS
        self.previous, WORKERS = WORKERS, self.workers

    def __exit__(self, *exc):
        global WORKERS
        WORKERS = self.previous


def extract_batch(documents: list[Document]) -> tuple[list[Facts], list[Reject]]:
    """Facts and rejects of a batch, in document order: in the run's worker processes when it has some."""
    if _POOL is not None and len(documents) > 1:
        return _POOL.extract(documents)
    return extract_here(documents)


def extract_here(documents: list[Document]) -> tuple[list[Facts], list[Reject]]:
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
    """The stage callables; flows replace them with Prefect tasks wrapping the same functions.

    submit: optional; returns a handle with .result() for the extraction of one batch (e.g. a Prefect future
    on a Dask cluster); up to `window` batches are in flight while the next ones are read.
    """

    normalize: Callable[[list[SourceItem]], tuple[list[Document], list[Reject]]] = normalize_batch
    extract: Callable[[list[Document]], tuple[list[Facts], list[Reject]]] = extract_batch
    register: Callable[..., dict[str, str]] = register_documents
    load: Callable[..., dict[str, int]] = load_facts
    reject: Callable[..., None] = record_rejects
    fetch: Callable[[HttpClient, list[PageRef]], list[SourceItem]] = fetch_batch
    submit: Callable[[list[Document]], Any] | None = None
    window: int = 1


class _Done:
    def __init__(self, value):
        self.value = value

    def result(self):
        return self.value


def stale_documents(con, ids: list[str] | None = None, version: str | None = None,
                    limit: int | None = None) -> list[Document]:
    """Stored documents whose facts are missing or from another extractor version (all, or among `ids`)."""
    version = version or extractor_version()
    where = "coalesce(extractor_version, '') <> ?"
    params: list[Any] = [version]
    if ids is not None:
        if not ids:
            return []
        where += " AND document_id IN (SELECT unnest(?))"
        params.append(ids)
    sql = (f"SELECT document_id, source, text, title, CAST(published AS VARCHAR), content_hash, language, "
           f"media_type, url FROM documents WHERE {where} ORDER BY document_id")
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [Document(id=r[0], source=r[1], text=r[2], title=r[3], published=r[4], content_hash=r[5], language=r[6],
                     media_type=r[7] or "text/plain", url=r[8], urls=[r[8]] if r[8] else [])
            for r in con.execute(sql, params).fetchall()]


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class _Run:
    """The per-run state of `run_pipeline`: one batch at a time, extraction possibly in flight."""

    def __init__(self, con, stages: Stages, summary: RunSummary, book: StateBook, deduper: Deduper,
                 client: HttpClient, workers: int | None = None, batch_size: int = DEFAULT_BATCH,
                 progress: Callable[[int], None] | None = None, max_chars: int | None = None):
        self.con, self.stages, self.summary, self.book, self.deduper = con, stages, summary, book, deduper
        self.client = client
        self.seen_ids: set[str] = set()
        self.pending: deque = deque()
        self.progress, self.max_chars = progress, max_chars
        self.workers, self.batch_size = workers, batch_size
        self.batches = 0
        self.pool: ExtractionPool | None = None
        self.pool_decided = False

    def _start_pool(self, todo: int, items: int) -> None:
        """Worker processes for the extraction, decided at the first batch with enough to extract."""
        global _POOL
        if self.pool_decided or self.stages.submit is not None:  # submit: a Dask cluster extracts
            return
        n = pool_size(self.workers, todo, small_run=self.batches == 1 and items < self.batch_size)
        if n <= 1 and self.workers is None and todo < self.batch_size:
            return  # too few documents yet to judge
        self.pool_decided = True
        if n <= 1:
            return
        self.pool = _POOL = ExtractionPool(n)
        if self.stages.extract is extract_batch:
            # plain stages: the next batch is read while this one is extracted
            self.stages = replace(self.stages, submit=self.pool.submit, window=2)
        # otherwise (a flow's extract task) extract_batch hands each batch to the pool

    def close(self) -> None:
        global _POOL
        if self.pool is not None:
            self.pool.close()
            if _POOL is self.pool:
                _POOL = None
            self.pool = None

    def batch(self, items: list[SourceItem]) -> None:
        s = self.summary
        self.batches += 1
        s.seen += len(items)
        refs = [i for i in items if isinstance(i, PageRef)]
        parents = {r.url: r.parent for r in refs}
        if refs:
            fetched = self.stages.fetch(self.client, refs)
            s.fetched += sum(isinstance(i, RawDocument) for i in fetched)
            items = [i for i in items if not isinstance(i, PageRef)] + list(fetched)
        unchanged = [i for i in items if isinstance(i, Unchanged)]
        raws = [i for i in items if isinstance(i, (RawDocument, Reject))]
        for reject in raws:
            if isinstance(reject, Reject) and reject.source in parents:
                self.book.spoil(parents[reject.source])  # keep the listing's cursor: this page is retried
        documents, rejects = self.stages.normalize(raws, max_chars=self.max_chars)

        dup_docs, fresh = [], []
        for d in documents:
            (dup_docs if d.id in self.seen_ids else fresh).append(d)
            self.seen_ids.add(d.id)
        s.duplicates += len(dup_docs)
        known = self._known_sources([d.id for d in fresh])
        keep, links, again = self.deduper.split(fresh, set(known))
        s.duplicates += len(links)
        s.near_duplicates += len(links)
        s.unchanged += len(again)
        status = self.stages.register(self.con, keep + dup_docs) if keep or dup_docs else {}
        self.deduper.commit()

        todo: list[Document] = []
        for d in keep:
            state = status.get(d.id, NEW)
            if state == UNCHANGED:
                # the same text from a source it was not seen at before is a duplicate, else unchanged
                if d.id in known and d.source not in known[d.id]:
                    s.duplicates += 1
                else:
                    s.unchanged += 1
            else:
                todo.append(d)
                s.reextracted += state == STALE
                s.new += state == NEW
        s.unchanged += len(unchanged)
        s.not_modified += sum(u.reason == "not modified" for u in unchanged)
        # An unchanged page whose stored document predates the extractor version is re-extracted from the store.
        stale_ids = [u.document_id for u in unchanged if u.document_id and u.document_id not in self.seen_ids]
        stale = stale_documents(self.con, stale_ids) if stale_ids else []
        self.seen_ids.update(stale_ids)
        todo += stale
        s.reextracted += len(stale)
        s.unchanged -= len(stale)

        self._record_state(raws, documents, links, unchanged)
        self.stages.reject(self.con, rejects, s.run_id)
        self._count_rejects(rejects)
        if todo:
            self._start_pool(len(todo), len(items))
            handle = self.stages.submit(todo) if self.stages.submit else _Done(self.stages.extract(todo))
            self.pending.append((handle, todo, len(items)))
        else:
            self._report(len(items))
        while len(self.pending) >= max(1, self.stages.window):
            self._finish(*self.pending.popleft())

    def drain(self) -> None:
        while self.pending:
            self._finish(*self.pending.popleft())

    def _report(self, items: int) -> None:
        if self.progress is not None:
            self.progress(items)

    def _finish(self, handle, todo: list[Document], items: int = 0) -> None:
        try:
            facts, rejects = handle.result()
        except Exception as exc:  # a lost worker or batch: its documents stay pending for the next run
            facts = []
            rejects = [Reject(d.source, f"extraction failed: {type(exc).__name__}: {exc}", stage="extract")
                       for d in todo]
        if rejects:
            failed = {r.source for r in rejects}
            self.summary.new -= sum(1 for d in todo if d.source in failed)
        self.stages.load(self.con, facts)
        self.stages.reject(self.con, rejects, self.summary.run_id)
        self._count_rejects(rejects)
        self.summary.facts.update(count_facts(facts))
        self._report(items)

    def _count_rejects(self, rejects: list[Reject]) -> None:
        self.summary.rejected += len(rejects)
        room = KEPT_REJECTS - len(self.summary.rejects)
        self.summary.rejects.extend(rejects[:max(room, 0)])

    def _known_sources(self, ids: list[str]) -> dict[str, set[str]]:
        """Stored documents among `ids`, with the sources each was seen at."""
        if not ids:
            return {}
        rows = self.con.execute(
            "SELECT d.document_id, s.source FROM documents d LEFT JOIN document_sources s USING (document_id) "
            "WHERE d.document_id IN (SELECT unnest(?))", [ids]).fetchall()
        known: dict[str, set[str]] = {}
        for doc_id, src in rows:
            known.setdefault(doc_id, set()).update([src] if src else [])
        return known

    def _record_state(self, raws, documents, links, unchanged) -> None:
        """Validators and document ids of fetched pages, once their documents are registered."""
        now = _now()
        doc_of = {d.source: d.id for d in documents}
        doc_of.update({link["document"].source: link["original_id"] for link in links})
        for raw in raws:
            key = raw.meta.get("state_key") if isinstance(raw, RawDocument) else None
            if key:
                self.book.update(key, "page", etag=raw.meta.get("etag"),
                                 last_modified=raw.meta.get("last_modified"), cursor=raw.meta.get("lastmod"),
                                 document_id=doc_of.get(raw.source), last_status=200, last_fetched=now)
        for u in unchanged:
            self.book.update(u.source, "page", last_status=304 if u.reason == "not modified" else None)
        save_state(self.con, self.book)


def run_pipeline(corpus: str | Path, db: str | Path, batch_size: int = DEFAULT_BATCH, wait: float = 0.0,
                 stages: Stages | None = None, progress: Callable[[int], None] | None = None,
                 source_kind: str | None = None, source_options: dict | None = None,
                 http: HttpSettings | None = None, near_dup_threshold: float | None = None,
                 workers: int | None = None, max_chars: int | None = None) -> RunSummary:
    """Ingest every document of `corpus` (a path, URL or other source spec), extract what is new or stale,
    load it; idempotent. near_dup_threshold: 0 turns near-duplicate detection off (None: the default).
    workers: extraction processes (1: in-process; None: WORKERS, else the CPU cores, see parallel.pool_size).
    progress: called with the source items of each batch once its documents are extracted and loaded.
    max_chars: longer texts are rejected at normalize (None: normalize.document.MAX_CHARS)."""
    stages = stages or Stages()
    progress = progress or PROGRESS
    summary = RunSummary(run_id=uuid.uuid4().hex[:12], corpus=str(corpus), db=str(db))
    started = time.perf_counter()
    con = open_store(db, wait=wait)
    client = HttpClient(http)
    try:
        con.execute("INSERT INTO runs (run_id, started_at, corpus) VALUES (?, now(), ?)",
                    [summary.run_id, str(corpus)])
        book = load_state(con)
        run = _Run(con, stages, summary, book, Deduper(con, near_dup_threshold), client,
                   workers=workers if workers is not None else WORKERS, batch_size=batch_size,
                   progress=progress, max_chars=max_chars)
        source = detect_source(str(corpus), client, source_kind)
        summary.kind, summary.kind_how, summary.corpus = source.kind, source.how, source.spec
        if not is_http(source.spec):
            adopt_relative_sources(con, source.spec)  # rows of stores that kept paths as given
        items = iter_items(source.spec, kind=source.kind, client=client, state=book,
                           **{**source.options, **(source_options or {})})
        try:
            with deferred_rebuild(con):  # people are linked once, after the last batch
                for batch in batched(items, batch_size):
                    run.batch(batch)
                run.drain()
        finally:
            run.close()
        book.finish()
        save_state(con, book)
        summary.seconds = time.perf_counter() - started
        con.execute("UPDATE runs SET finished_at = now(), summary = ? WHERE run_id = ?",
                    [json.dumps(summary.to_json(), ensure_ascii=False), summary.run_id])
    finally:
        client.close()
        con.close()
    return summary


def raw_from_text(text: str, source: str = "-") -> RawDocument:
    return RawDocument(source=source, body=text, media_type="text/plain")
