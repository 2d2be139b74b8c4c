"""Helpers of the reliability tests: generated releases, the `warta` command, table snapshots."""
from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parents[2]
WARTA = str(Path(sys.executable).parent / "warta")
ENV = {**os.environ, "OMP_NUM_THREADS": "1", "DO_NOT_TRACK": "1", "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
       "HF_HUB_OFFLINE": "1"}


def _generator():
    spec = importlib.util.spec_from_file_location("warta_bench_generate", REPO / "bench" / "generate_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GENERATOR = _generator()


def release_texts(n: int, words: int = 150, seed: int = 11, start: int = 0) -> list[str]:
    """n distinct, realistic Indonesian releases (short by default: the tests are about the run, not speed)."""
    return [GENERATOR.release_text(r) for r in GENERATOR.releases(n, seed=seed, words=words, start=start)]


def write_corpus(folder: Path, n: int, words: int = 150, seed: int = 11) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i, text in enumerate(release_texts(n, words, seed)):
        (folder / f"rilis-{i:04d}.txt").write_text(text, encoding="utf-8")
    return folder


def warta(*args: str, timeout: float = 240) -> subprocess.CompletedProcess:
    return subprocess.run([WARTA, *args], capture_output=True, text=True, env=ENV, timeout=timeout, cwd=REPO)


def table_rows(db: Path, table: str, exclude: tuple[str, ...] = ()) -> list[tuple]:
    """All rows of a table, sorted, without the listed columns (e.g. timestamps)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        columns = [c[0] for c in con.execute(f"DESCRIBE {table}").fetchall() if c[0] not in exclude]
        cols = ", ".join(f'"{c}"' for c in columns)
        return sorted(con.execute(f"SELECT {cols} FROM {table}").fetchall(), key=repr)
    finally:
        con.close()


def _synthetic():
    spec = importlib.util.spec_from_file_location("warta_bench_synthetic", REPO / "bench" / "synthetic.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SYNTHETIC = _synthetic()
