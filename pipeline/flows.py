"""Prefect flows over the batch stages of pipeline.runs: no logic here beyond tasks, retries and batching."""
from __future__ import annotations

from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from pipeline import runs
from pipeline.paths import CORPUS_DIR, DEFAULT_DB


@task(name="normalize-batch", cache_policy=NO_CACHE)
def normalize_task(items):
    return runs.normalize_batch(items)


@task(name="extract-batch", cache_policy=NO_CACHE)
def extract_task(documents):
    return runs.extract_batch(documents)


@task(name="register-documents", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1)
def register_task(con, documents):
    return runs.register_documents(con, documents)


@task(name="load-facts", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=1)
def load_task(con, facts):
    return runs.load_facts(con, facts)


@task(name="record-rejects", cache_policy=NO_CACHE)
def reject_task(con, rejects, run_id=None):
    return runs.record_rejects(con, rejects, run_id)


TASK_STAGES = runs.Stages(normalize=normalize_task, extract=extract_task, register=register_task,
                          load=load_task, reject=reject_task)


@flow(name="warta-pipeline", log_prints=True)
def pipeline(corpus: str = str(CORPUS_DIR), db: str = str(DEFAULT_DB), batch_size: int = runs.DEFAULT_BATCH,
             wait: float = 0.0) -> dict:
    """Ingest, extract and load every document of `corpus` into the DuckDB file `db`."""
    summary = runs.run_pipeline(Path(corpus), Path(db), batch_size=batch_size, wait=wait, stages=TASK_STAGES)
    return summary.to_json()
