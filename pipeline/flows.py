"""Prefect flows over the batch stages of pipeline.runs: no logic here beyond tasks, retries, batching, the
task runner and schedules.

Flows: ingest (sources -> documents, no extraction), extract (stored documents without current facts ->
facts, loaded or spooled to a file), load (a spool file -> the store), pipeline (all three), train_models.
The flow process is the only DuckDB writer; with a Dask task runner only extraction leaves the process.
"""
from __future__ import annotations

import pickle
import time
from contextlib import nullcontext
from dataclasses import replace
from pathlib import Path
from typing import Any

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.context import FlowRunContext

from pipeline import runs
from pipeline.paths import CORPUS_DIR, DEFAULT_DB
from pipeline.settings import Settings, from_env
from pipeline.sources.fetch import fetch_batch
from pipeline.sources.http import HttpSettings
from pipeline.store.people import deferred_rebuild

DASK_WINDOW_PER_WORKER = 2  # extraction batches in flight per Dask worker
# Extraction batches in flight on the flow's own task runner (threads handing batches to the worker processes):
# one extracting while the flow loads the previous one.
LOCAL_WINDOW = runs.POOL_WINDOW


# ---------------------------------------------------------------- tasks (one batch each)
@task(name="fetch-pages", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[2, 10])
def fetch_task(client, refs):
    return fetch_batch(client, refs)


@task(name="normalize-batch", cache_policy=NO_CACHE)
def normalize_task(items, max_chars=None):
    return runs.normalize_batch(items, max_chars)


@task(name="extract-batch", cache_policy=NO_CACHE, retries=1, retry_delay_seconds=2)
def extract_task(documents, settings=None, pool=None):
    return runs.extract_batch(documents, settings, pool)


@task(name="register-documents", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1)
def register_task(con, documents, version=None):
    return runs.register_documents(con, documents, version)


@task(name="load-facts", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1)
def load_task(con, facts):
    return runs.load_facts(con, facts)


@task(name="record-rejects", cache_policy=NO_CACHE)
def reject_task(con, rejects, run_id=None):
    return runs.record_rejects(con, rejects, run_id)


def skip_extraction(documents, settings=None, pool=None):
    """The extract stage of the ingest flow: documents stay pending for the extract flow."""
    return [], []


# Extraction is submitted to the flow's task runner: a thread that hands the batch to the run's worker
# processes, while the flow loads the previous batch and reads the next one.
TASK_STAGES = runs.Stages(normalize=normalize_task, extract=extract_task, register=register_task,
                          load=load_task, reject=reject_task, fetch=fetch_task, submit=extract_task.submit,
                          window=LOCAL_WINDOW)


def current_stages(extract: bool = True) -> runs.Stages:
    """TASK_STAGES; on a Dask cluster extraction goes to its workers (more batches in flight, no worker
    processes here); without extraction, nothing is submitted."""
    if not extract:
        return replace(TASK_STAGES, extract=skip_extraction, submit=None, window=1, worker_processes=False)
    workers = dask_workers()
    if workers:
        return replace(TASK_STAGES, window=max(2, DASK_WINDOW_PER_WORKER * workers), worker_processes=False)
    return TASK_STAGES


def dask_workers() -> int:
    """Workers of the Dask cluster the current flow runs on (0: not on Dask)."""
    ctx = FlowRunContext.get()
    runner = getattr(ctx, "task_runner", None)
    if type(runner).__name__ != "DaskTaskRunner":
        return 0
    client = getattr(runner, "_client", None)
    try:
        return max(1, len(client.scheduler_info()["workers"])) if client else 1
    except Exception:
        return 1


def dask_runner(address: str | None = None, workers: int = 2):
    """A DaskTaskRunner: an existing scheduler at `address`, else a LocalCluster of worker processes."""
    from prefect_dask import DaskTaskRunner

    if address and address != "local":
        return DaskTaskRunner(address=address)
    return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "processes": True,
                                          "dashboard_address": None})


def with_runner(fl, dask: str | None = None, workers: int = 2):
    """The flow `fl` on a Dask task runner when `dask` is an address or 'local'; unchanged otherwise."""
    return fl.with_options(task_runner=dask_runner(dask, workers)) if dask else fl


# ---------------------------------------------------------------- flows
def run_context(settings: dict | None = None, batch_size: int = runs.DEFAULT_BATCH, workers: int | None = None,
                progress: Any = None, max_chars: int | None = None) -> runs.RunContext:
    """The context of a flow run: the settings given (a dict, as flow parameters are), else the defaults with
    the documented environment overrides (a scheduled run has no command line)."""
    resolved = Settings.from_dict(settings) if settings is not None else from_env()
    return runs.RunContext(settings=resolved, workers=workers, batch_size=batch_size, progress=progress,
                           max_chars=max_chars)


@flow(name="warta-ingest", log_prints=True)
def ingest(source: str, db: str = str(DEFAULT_DB), kind: str | None = None, options: dict | None = None,
           batch_size: int = runs.DEFAULT_BATCH, wait: float = 0.0, http: dict | None = None,
           near_dup_threshold: float | None = None, max_chars: int | None = None, settings: dict | None = None,
           progress: Any = None) -> dict:
    """Pull one source into the store as documents (deduplicated); extraction is left to `extract`."""
    context = run_context(settings, batch_size, progress=progress, max_chars=max_chars)
    summary = runs.run_pipeline(source, Path(db), wait=wait, stages=current_stages(False), source_kind=kind,
                                source_options=options, http=_http(http), near_dup_threshold=near_dup_threshold,
                                context=context)
    return summary.to_json()


@flow(name="warta-extract", log_prints=True)
def extract(db: str = str(DEFAULT_DB), batch_size: int = runs.DEFAULT_BATCH, wait: float = 0.0,
            limit: int | None = None, spool: str | None = None, settings: dict | None = None,
            workers: int | None = None) -> dict:
    """Extract the stored documents without facts of the current extractor version; load the facts, or
    write them to the `spool` file for the load flow (e.g. when another process holds the store)."""
    from pipeline.store.db import open_store

    started = time.perf_counter()
    context = run_context(settings, batch_size, workers)
    con = open_store(db, wait=wait, memory_limit=context.settings.db_memory_limit)
    try:
        documents = runs.stale_documents(con, limit=limit, version=context.version)
        if spool:
            con.close()
            con = None
        stages = current_stages()
        if stages.worker_processes:
            context.start_pool(len(documents), small_run=len(documents) <= batch_size)
        collected: list = []
        facts_count: dict[str, int] = {}
        rejected = 0

        def finish(handle, batch) -> None:
            nonlocal rejected
            facts, rejects = handle.result()
            rejected += len(rejects)
            for kind, n in runs.count_facts(facts).items():
                facts_count[kind] = facts_count.get(kind, 0) + n
            if con is None:
                collected.extend(facts)
            else:
                load_task(con, facts)
                reject_task(con, rejects)

        submitted = context.pool is not None or not stages.worker_processes
        window = runs.ExtractionWindow(stages.window if submitted else 1, finish)
        with deferred_rebuild(con) if con is not None else nullcontext():  # people linked once, at the end
            for batch in runs.batched(documents, batch_size):
                if submitted:
                    window.add(stages.submit(batch, context.settings, context.pool), batch)
                else:
                    window.add(runs.Done(extract_task(batch, context.settings)), batch)
            window.drain()
        if spool:
            Path(spool).write_bytes(pickle.dumps(collected))
    finally:
        context.close()
        if con is not None:
            con.close()
    return {"documents": len(documents), "rejected": rejected, "facts": facts_count, "spool": spool,
            "seconds": round(time.perf_counter() - started, 3)}


@flow(name="warta-load", log_prints=True)
def load(spool: str, db: str = str(DEFAULT_DB), wait: float = 0.0) -> dict:
    """Load a spool file written by `extract(spool=...)` into the store."""
    from pipeline.store.db import open_store

    facts = pickle.loads(Path(spool).read_bytes())
    con = open_store(db, wait=wait)
    try:
        rows = load_task(con, facts)
    finally:
        con.close()
    return {"documents": len(facts), "rows": rows}


@flow(name="warta-pipeline", log_prints=True)
def pipeline(corpus: str = str(CORPUS_DIR), db: str = str(DEFAULT_DB), batch_size: int = runs.DEFAULT_BATCH,
             wait: float = 0.0, kind: str | None = None, options: dict | None = None, http: dict | None = None,
             near_dup_threshold: float | None = None, config: str | None = None, max_chars: int | None = None,
             settings: dict | None = None, workers: int | None = None, progress: Any = None) -> dict:
    """Ingest, extract and load `corpus` (any source spec) into `db`; with `config`, every source of that
    warta.toml into its database instead (with its settings, unless `settings` are given).

    settings: Settings as a dict (None: the defaults with the environment overrides); workers: extraction
    processes (None: automatic); progress: called with the items of each batch (in-process callers)."""
    stages = current_stages()
    if not config:
        context = run_context(settings, batch_size, workers, progress, max_chars)
        try:
            return runs.run_pipeline(corpus, Path(db), wait=wait, stages=stages, source_kind=kind,
                                     source_options=options, http=_http(http),
                                     near_dup_threshold=near_dup_threshold, context=context).to_json()
        finally:
            context.close()
    from pipeline.config import load_config

    cfg = load_config(config)
    context = run_context(settings if settings is not None else from_env(cfg.settings).to_dict(), cfg.batch_size,
                          workers, progress, max_chars or cfg.max_chars)
    summaries = []
    try:
        for src in cfg.sources:  # one context: the worker processes serve every source
            summary = runs.run_pipeline(src.spec, Path(cfg.db), wait=wait, stages=stages, source_kind=src.kind,
                                        source_options=src.options, http=cfg.http_for(src),
                                        near_dup_threshold=cfg.near_duplicate_threshold, context=context)
            summaries.append(summary.to_json())
    finally:
        context.close()
    return {"config": config, "db": cfg.db, "runs": summaries}


# ---------------------------------------------------------------- model training
def _paths(kwargs: dict | None) -> dict:
    """Config values naming files or folders as Paths (flow parameters arrive as strings)."""
    return {k: Path(v) if isinstance(v, str) and k.endswith(("_root", "_dir", "_to", "_path")) else v
            for k, v in (kwargs or {}).items()}


@task(name="train-ner", cache_policy=NO_CACHE)
def train_ner_task(kwargs: dict) -> Any:
    from pipeline.train.ner import train_ner

    return train_ner(**_paths(kwargs))


@task(name="train-stanza", cache_policy=NO_CACHE)
def train_stanza_task(kwargs: dict) -> Any:
    from pipeline.train.stanza_train import train_stanza

    return train_stanza(**_paths(kwargs))


@task(name="train-topics", cache_policy=NO_CACHE)
def train_topics_task(kwargs: dict) -> Any:
    from pipeline.train.topics import train_topics

    return train_topics(**_paths(kwargs))


@flow(name="warta-train-models", log_prints=True)
def train_models(ner: dict | None = None, stanza: dict | None = None, topics: dict | None = None) -> dict:
    """Train the models whose arguments are given (one after the other: training wants the whole machine).

    e.g. ner={"data_root": "../shared/data", "out_dir": "build/ner", "install_to": "models/ner-id"}
    """
    results = {}
    for name, kwargs, fn in (("ner", ner, train_ner_task), ("stanza", stanza, train_stanza_task),
                             ("topics", topics, train_topics_task)):
        if kwargs is not None:
            results[name] = fn(kwargs)
    return results


# ---------------------------------------------------------------- schedules
def serve(config_path: str = "warta.toml") -> None:
    """Serve the pipeline over every source of the config on its cron (needs a Prefect server: see
    docs/operations.md). Blocks until interrupted."""
    from prefect.schedules import Cron

    from pipeline.config import load_config

    cfg = load_config(config_path)
    if not cfg.schedule:
        raise SystemExit(f"{config_path}: no 'schedule' (a cron expression such as \"0 */6 * * *\")")
    fl = with_runner(pipeline, cfg.dask_address or "local", cfg.dask_workers) if cfg.task_runner == "dask" \
        else pipeline
    fl.serve(name=cfg.deployment, schedule=Cron(cfg.schedule, timezone=cfg.timezone),
             parameters={"config": str(Path(config_path).resolve())},
             description=f"warta pipeline over the {len(cfg.sources)} source(s) of {config_path}")


def _http(values: dict | None) -> HttpSettings | None:
    return HttpSettings.from_dict(values) if values else None
