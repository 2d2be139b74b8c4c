"""Opening the DuckDB file: migrations on write connections, a clear error when another process holds it."""
from __future__ import annotations

import re
import time
from pathlib import Path

import duckdb

from pipeline.store.schema import migrate


class StoreLockedError(RuntimeError):
    """Another process is writing the database (DuckDB allows one writer process per file)."""


def _lock_message(path: Path, exc: Exception) -> str:
    pid = re.search(r"PID (\d+)", str(exc))
    who = f" (PID {pid.group(1)})" if pid else ""
    return (f"database {path} is in use by another process{who}; DuckDB allows one writer at a time. "
            f"Wait for that run to finish, or pass --wait SECONDS to wait for it.")


def open_store(path: str | Path, read_only: bool = False, wait: float = 0.0) -> duckdb.DuckDBPyConnection:
    """A connection to the store; write connections create/upgrade the schema.

    wait: seconds to keep retrying while another process holds the lock (0: fail at once).
    """
    path = Path(path)
    if read_only and not path.exists():
        raise FileNotFoundError(f"no warta database at {path} (run `warta run` first)")
    deadline = time.monotonic() + wait
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            break
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower():
                raise
            if time.monotonic() >= deadline:
                raise StoreLockedError(_lock_message(path, exc)) from exc
            time.sleep(0.5)
    if not read_only:
        migrate(con)
    return con
