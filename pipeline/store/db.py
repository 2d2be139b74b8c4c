"""Opening the DuckDB file: migrations on write connections, a clear error when another process holds it or
this process already has it open in another mode."""
from __future__ import annotations

import re
import time
from pathlib import Path

import duckdb

from pipeline.store.schema import migrate

# DuckDB's buffer cache otherwise grows to 80% of RAM over a long run; the db_memory_limit setting overrides it.
DEFAULT_MEMORY_LIMIT = "1GB"


class StoreLockedError(RuntimeError):
    """Another process is writing the database (DuckDB allows one writer process per file)."""


class StoreOpenInProcessError(StoreLockedError):
    """This process already has the database open with other settings (e.g. a writer, and now read-only)."""


def _lock_message(path: Path, exc: Exception) -> str:
    pid = re.search(r"PID (\d+)", str(exc))
    who = f" (PID {pid.group(1)})" if pid else ""
    return (f"database {path} is in use by another process{who}; DuckDB allows one writer at a time. "
            f"Wait for that run to finish, or pass --wait SECONDS to wait for it.")


def _in_process_message(path: Path, read_only: bool) -> str:
    mode = "read-only" if read_only else "for writing"
    return (f"database {path} is already open in this process with other settings (e.g. a run writing it), "
            f"so it cannot also be opened {mode}: query it through that connection (con.cursor()), "
            f"or after it is closed.")


def connect(path: Path, read_only: bool = False, config: dict | None = None) -> duckdb.DuckDBPyConnection:
    """duckdb.connect with DuckDB's lock and configuration errors turned into StoreLockedError."""
    try:
        return duckdb.connect(str(path), read_only=read_only, config=config or {})
    except duckdb.ConnectionException as exc:
        if "different configuration" in str(exc):
            raise StoreOpenInProcessError(_in_process_message(path, read_only)) from exc
        raise
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise StoreLockedError(_lock_message(path, exc)) from exc
        raise


def connect_waiting(path: Path, wait: float, read_only: bool = False,
                    config: dict | None = None) -> duckdb.DuckDBPyConnection:
    """connect, retrying for up to `wait` seconds while another process holds the file."""
    deadline = time.monotonic() + wait
    while True:
        try:
            return connect(path, read_only=read_only, config=config)
        except StoreOpenInProcessError:
            raise
        except StoreLockedError:
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.5)


def open_store(path: str | Path, read_only: bool = False, wait: float = 0.0,
               memory_limit: str | None = None) -> duckdb.DuckDBPyConnection:
    """A connection to the store; write connections create/upgrade the schema and cap DuckDB's memory.

    wait: seconds to keep retrying while another process holds the lock (0: fail at once).
    memory_limit: for write connections (the db_memory_limit setting; None: DEFAULT_MEMORY_LIMIT).
    """
    path = Path(path)
    if read_only and not path.exists():
        raise FileNotFoundError(f"no warta database at {path} (run `warta run` first)")
    con = connect_waiting(path, wait, read_only=read_only)
    if not read_only:
        # SET rather than a connect config: a config would make later connections in this process differ
        limit = memory_limit or DEFAULT_MEMORY_LIMIT
        con.execute(f"SET memory_limit = '{limit}'")
        migrate(con)
    return con
