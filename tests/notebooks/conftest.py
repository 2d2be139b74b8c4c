"""A store built from corpus/ (plain stages, no Prefect) and a Jupyter kernel that runs this project's python."""
from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
KERNEL = "warta-tests"


def _set_env(values: dict[str, str]):
    old = {k: os.environ.get(k) for k in values}
    os.environ.update(values)
    return old


def _restore(old: dict[str, str | None]) -> None:
    for k, v in old.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


@pytest.fixture(scope="session")
def kernel_name(tmp_path_factory) -> str:
    """A kernelspec pointing at sys.executable, found first through JUPYTER_PATH (kernels inherit os.environ)."""
    root = tmp_path_factory.mktemp("jupyter")
    spec = root / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "warta tests", "language": "python",
    }))
    old = _set_env({"JUPYTER_PATH": os.pathsep.join(filter(None, [str(root), os.environ.get("JUPYTER_PATH")])),
                    "MPLBACKEND": "module://matplotlib_inline.backend_inline",
                    "MPLCONFIGDIR": str(root / "mpl")})
    yield KERNEL
    _restore(old)


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory) -> Path:
    """The embedded corpus run through the pipeline stages, plus discovered themes when discovery exists."""
    from pipeline.runs import run_pipeline

    db = tmp_path_factory.mktemp("corpus-db") / "warta.duckdb"
    run_pipeline(REPO / "corpus", db)
    if importlib.util.find_spec("pipeline.extract.topic_discovery") is not None:
        from pipeline.store.db import open_store
        from pipeline.store.discovery import discover

        con = open_store(db)
        try:
            discover(con, n_topics=4)
        finally:
            con.close()
    return db


@pytest.fixture(scope="session")
def empty_db(tmp_path_factory) -> Path:
    """A store with the schema and no documents: every notebook must still run."""
    from pipeline.store.db import open_store

    db = tmp_path_factory.mktemp("empty-db") / "warta.duckdb"
    open_store(db).close()
    return db
