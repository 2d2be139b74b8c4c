"""The main job as plain batch-level stages: ingest -> fetch -> normalize -> dedup -> register -> extract -> load.

`run_pipeline` drives the stages; the Prefect flows (pipeline/flows.py) pass task-wrapped versions of the same
stage functions, so the logic lives here once. A `RunContext` carries what a run is told (settings, worker
processes, batch size, the progress hook) through the stages; nothing is kept in module globals. DuckDB is
written by this process only (one writer); extraction runs in worker processes (or on Dask) for up to
`window` batches while this process loads the previous ones and reads the next (`ExtractionWindow`).
"""
from __future__ import annotations

import json
import time
import uuid
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import islice
from pathlib import Path
from typing import Any

from pipeline.normalize.document import normalize
from pipeline.records import Document, Facts
from pipeline.parallel import ExtractionPool, pool_size
from pipeline.settings import Settings
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

DEFAULT_BATCH = 32
# Rejects kept in a run's summary (all of them are in the rejects table): memory stays flat on huge corpora.
KEPT_REJECTS = 1000

POOL_WINDOW = 2  # batches in flight in the worker processes: one extracting while the previous one loads


@dataclass
class RunContext:
    """What one run is told, passed through its stages.

    workers: extraction processes (None: automatic, see parallel.pool_size; 1: in-process).
    progress: called with the number of source items of each batch once its documents are extracted and
    loaded (a progress bar's hook); None: silent.
    max_chars: longer texts are rejected at normalize (None: normalize.document.MAX_CHARS).
    pool: the worker processes of the run in progress (started by the run at its first big enough batch)."""

    settings: Settings = field(default_factory=Settings)
    workers: int | None = None
    batch_size: int = 32
    progress: Callable[[int], None] | None = None
    max_chars: int | None = None
    pool: ExtractionPool | None = None

    @property
    def version(self) -> str:
        return extractor_version(self.settings)

    def report(self, items: int) -> None:
        if self.progress is not None:
            self.progress(items)

    def start_pool(self, documents: int, small_run: bool) -> ExtractionPool | None:
        """Worker processes for `documents` to extract (None: extract in this process)."""
        if self.pool is None:
            n = pool_size(self.workers, documents, small_run=small_run)
            if n > 1:
                self.pool = ExtractionPool(n, self.settings)
        return self.pool

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool = None


class Done:
    """The handle of an extraction already done (same interface as a future)."""

    def __init__(self, value):
        self.value = value

    def result(self):
        return self.value


class ExtractionWindow:
    """Extraction handles in flight, finished in order: adding one beyond `size` finishes the oldest.

    The one batch window of runs and flows: with worker processes (or Dask), batch n+1 extracts while batch
    n is loaded and batch n+2 is read."""

    def __init__(self, size: int, finish: Callable[[Any, Any], None]):
        self.size, self.finish = max(1, size), finish
        self.pending: deque = deque()

    def add(self, handle, batch) -> None:
        self.pending.append((handle, batch))
        while len(self.pending) >= self.size:
            self.finish(*self.pending.popleft())

    def drain(self) -> None:
        while self.pending:
            self.finish(*self.pending.popleft())


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


def extract_batch(documents: list[Document], settings: Settings | None = None,
                  pool: ExtractionPool | None = None) -> tuple[list[Facts], list[Reject]]:
    """Facts and rejects of a batch, in document order: in the run's worker processes when it has some."""
    if pool is not None and len(documents) > 1:
        return pool.extract(documents)
    from pipeline.extract.run import extract_split  # here: spaCy and the extractors load on first extraction

    return extract_split(documents, settings)


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

    extract(documents, settings, pool) -> (facts, rejects), done before returning.
    submit: optional, same arguments; returns a handle with .result() for the extraction of one batch (a
    Prefect future: a thread of the flow, or a Dask worker); up to `window` batches are in flight while the
    next ones are read and the finished ones loaded. Without `submit`, a run with worker processes hands
    each batch to them directly, POOL_WINDOW batches in flight.
    """

    normalize: Callable[[list[SourceItem]], tuple[list[Document], list[Reject]]] = normalize_batch
    extract: Callable[[list[Document]], tuple[list[Facts], list[Reject]]] = extract_batch
    register: Callable[..., dict[str, str]] = register_documents
    load: Callable[..., dict[str, int]] = load_facts
    reject: Callable[..., None] = record_rejects
    fetch: Callable[[HttpClient, list[PageRef]], list[SourceItem]] = fetch_batch
    submit: Callable[..., Any] | None = None
    window: int = 1
    worker_processes: bool = True  # False: no extraction processes here (Dask extracts, or nothing does)


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
                 client: HttpClient, context: RunContext):
        self.con, self.stages, self.summary, self.book, self.deduper = con, stages, summary, book, deduper
        self.client, self.context = client, context
        self.seen_ids: set[str] = set()
        self.window: ExtractionWindow | None = None
        self.batches = 0
        self.pool_decided = False

    def _decide_pool(self, todo: int, items: int) -> None:
        """Worker processes for the extraction, decided at the first batch with enough to extract."""
        if self.pool_decided:
            return
        ctx = self.context
        if not self.stages.worker_processes:
            self.pool_decided = True
            return
        small_run = self.batches == 1 and items < ctx.batch_size
        if pool_size(ctx.workers, todo, small_run=small_run) <= 1 and ctx.workers is None and todo < ctx.batch_size:
            return  # too few documents yet to judge
        self.pool_decided = True
        ctx.start_pool(todo, small_run)

    def _submitted(self) -> bool:
        """Extraction through `stages.submit`: on Dask, or to the worker processes; never two batches at
        once in this process (its Language is not shared between threads)."""
        return self.stages.submit is not None and (self.context.pool is not None or not self.stages.worker_processes)

    def _submit(self, todo: list[Document]):
        pool, settings = self.context.pool, self.context.settings
        if self._submitted():
            return self.stages.submit(todo, settings, pool)
        if pool is not None and self.stages.extract is extract_batch:
            return pool.submit(todo)
        return Done(self.stages.extract(todo, settings, pool))

    def _window(self) -> ExtractionWindow:
        if self._submitted():
            size = self.stages.window
        elif self.context.pool is not None and self.stages.extract is extract_batch:
            size = POOL_WINDOW
        else:
            size = 1
        if self.window is None:
            self.window = ExtractionWindow(size, self._finish)
        self.window.size = size  # the pool may start after the first batches
        return self.window

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
        documents, rejects = self.stages.normalize(raws, max_chars=self.context.max_chars)

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
        status = self.stages.register(self.con, keep + dup_docs, self.context.version) if keep or dup_docs else {}
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
        stale = stale_documents(self.con, stale_ids, version=self.context.version) if stale_ids else []
        self.seen_ids.update(stale_ids)
        todo += stale
        s.reextracted += len(stale)
        s.unchanged -= len(stale)

        self._record_state(raws, documents, links, unchanged)
        self.stages.reject(self.con, rejects, s.run_id)
        self._count_rejects(rejects)
        if todo:
            self._decide_pool(len(todo), len(items))
            self._window().add(self._submit(todo), (todo, len(items)))
        else:
            self.context.report(len(items))

    def drain(self) -> None:
        if self.window is not None:
            self.window.drain()

    def _finish(self, handle, batch: tuple[list[Document], int]) -> None:
        todo, items = batch
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
        self.context.report(items)

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


def run_pipeline(corpus: str | Path, db: str | Path, batch_size: int | None = None, wait: float = 0.0,
                 stages: Stages | None = None, progress: Callable[[int], None] | None = None,
                 source_kind: str | None = None, source_options: dict | None = None,
                 http: HttpSettings | None = None, near_dup_threshold: float | None = None,
                 workers: int | None = None, max_chars: int | None = None,
                 context: RunContext | None = None) -> RunSummary:
    """Ingest every document of `corpus` (a path, URL or other source spec), extract what is new or stale,
    load it; idempotent. near_dup_threshold: 0 turns near-duplicate detection off (None: the default).

    context: the run's settings, workers, batch size, max_chars and progress hook; without one, a context is
    made from batch_size, progress, workers (1: in-process; None: the CPU cores, see parallel.pool_size) and
    max_chars. A context made here has its worker processes closed at the end; a given one keeps them for the
    caller's next run (close it with `context.close()`)."""
    owned = context is None
    if context is None:
        context = RunContext(workers=workers, batch_size=batch_size or DEFAULT_BATCH, progress=progress,
                             max_chars=max_chars)
    stages = stages or Stages()
    summary = RunSummary(run_id=uuid.uuid4().hex[:12], corpus=str(corpus), db=str(db))
    started = time.perf_counter()
    con = open_store(db, wait=wait, memory_limit=context.settings.db_memory_limit)
    client = HttpClient(http)
    try:
        con.execute("INSERT INTO runs (run_id, started_at, corpus) VALUES (?, now(), ?)",
                    [summary.run_id, str(corpus)])
        book = load_state(con)
        run = _Run(con, stages, summary, book, Deduper(con, near_dup_threshold), client, context)
        source = detect_source(str(corpus), client, source_kind)
        summary.kind, summary.kind_how, summary.corpus = source.kind, source.how, source.spec
        if not is_http(source.spec):
            adopt_relative_sources(con, source.spec)  # rows of stores that kept paths as given
        items = iter_items(source.spec, kind=source.kind, client=client, state=book,
                           **{**source.options, **(source_options or {})})
        try:
            with deferred_rebuild(con):  # people are linked once, after the last batch
                for batch in batched(items, context.batch_size):
                    run.batch(batch)
                run.drain()
        finally:
            if owned:
                context.close()
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
