"""Extraction in worker processes: each worker builds the nlp once, batches are split across them in order.

DuckDB stays with the calling process (the one writer); workers only turn Documents into Facts and Rejects,
which are plain picklable dataclasses. Workers start with "spawn": the caller may hold threads (Prefect, HTTP
clients) and a store connection, which a forked child must not inherit.
"""
from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pipeline.records import Document, Facts
from pipeline.rejects import Reject
from pipeline.settings import Settings

SMALL_RUN_WORKERS = 2  # a run that fits in one batch does not pay for more worker start-ups than this
MIN_POOL_DOCUMENTS = 8  # fewer documents are extracted in-process: starting a worker costs seconds
_WARM_UP = "PALU - Dinas Kesehatan Provinsi Sulawesi Tengah menggelar rapat koordinasi di Palu, 12 Juni 2024."


def cpu_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def pool_size(workers: int | None, documents: int, small_run: bool) -> int:
    """Worker processes for a run: `workers` when given (1: in-process), else the CPU cores, at most
    SMALL_RUN_WORKERS for a run of one batch and none for a handful of documents."""
    if workers is not None:
        return max(1, workers)
    if documents < MIN_POOL_DOCUMENTS:
        return 1
    cores = cpu_cores()
    return max(1, min(cores, SMALL_RUN_WORKERS) if small_run else cores)


_SETTINGS: Settings | None = None  # in a worker process: the settings of the run that started it


def _start_worker(settings: Settings) -> None:
    global _SETTINGS
    from pipeline.extract.run import extract_text

    _SETTINGS = settings
    extract_text(_WARM_UP, source="warm-up", published="2024-06-12", settings=settings)  # loaded once


def _extract_chunk(documents: list[Document]) -> tuple[list[Facts], list[Reject]]:
    from pipeline.extract.run import extract_split

    return extract_split(documents, _SETTINGS)


class _Batch:
    """The chunks of one batch in flight; `.result()` joins them in document order."""

    def __init__(self, pool: ExtractionPool, futures: list[Future]):
        self.pool, self.futures = pool, futures

    def result(self) -> tuple[list[Facts], list[Reject]]:
        facts: list = []
        rejects: list = []
        try:
            for future in self.futures:
                f, r = future.result()
                facts += f
                rejects += r
        except BrokenProcessPool:
            self.pool.reset()  # a crashed worker: the next batch gets a fresh pool
            raise
        return facts, rejects


class ExtractionPool:
    """`workers` processes extracting with `settings` (each builds its Language once)."""

    def __init__(self, workers: int, settings: Settings | None = None):
        self.workers = workers
        self.settings = settings or Settings()
        self._executor: ProcessPoolExecutor | None = None

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(max_workers=self.workers, initializer=_start_worker,
                                                 initargs=(self.settings,),
                                                 mp_context=multiprocessing.get_context("spawn"))
        return self._executor

    def submit(self, documents: list[Document]) -> _Batch:
        """Start the extraction of a batch: contiguous chunks, one per worker."""
        pool = self._pool()
        k = max(1, min(self.workers, len(documents)))
        size, extra = divmod(len(documents), k)
        chunks, start = [], 0
        for i in range(k):
            end = start + size + (i < extra)
            chunks.append(documents[start:end])
            start = end
        return _Batch(self, [pool.submit(_extract_chunk, chunk) for chunk in chunks if chunk])

    def extract(self, documents: list[Document]) -> tuple[list[Facts], list[Reject]]:
        return self.submit(documents).result()

    def reset(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
