"""Read-only connections for the explorer's requests, with the file released whenever the pages are idle.

Opening a large store costs tens of milliseconds (its catalog and metadata are read), too much for each page.
So the store is opened read-only on the first request, each request gets its own cursor on it, and it is closed
once no request has used it for `hold` seconds: a writer (`warta run`) can take DuckDB's single-writer lock
between bursts of page views, and the next page opens the file again and sees the new data.
"""
from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from pathlib import Path

import duckdb

from pipeline.store.query import connect_read_only

DEFAULT_HOLD_SECONDS = 1.0


class ReadOnlyStore:
    def __init__(self, db: str | Path, hold: float = DEFAULT_HOLD_SECONDS):
        self.db = Path(db)
        self.hold = hold
        self._lock = threading.Lock()
        self._root: duckdb.DuckDBPyConnection | None = None
        self._active = 0
        self._released = 0.0
        self._timer: threading.Timer | None = None

    @contextmanager
    def cursor(self):
        """A cursor for one request; raises StoreLockedError while another process writes the file."""
        with self._lock:
            if self._root is None:
                self._root = connect_read_only(self.db)
            cursor = self._root.cursor()
            self._active += 1
        try:
            yield cursor
        finally:
            cursor.close()
            with self._lock:
                self._active -= 1
                self._released = time.monotonic()
                if self.hold <= 0:
                    self._close_when_idle()
                elif self._timer is None:
                    self._start_timer(self.hold)

    def _start_timer(self, seconds: float) -> None:
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._timer.start()

    def _expire(self) -> None:
        with self._lock:
            self._timer = None
            if self._root is None:
                return
            left = self.hold - (time.monotonic() - self._released)
            if self._active or left > 0.01:
                self._start_timer(max(left, 0.05))
            else:
                self._close_when_idle()

    def _close_when_idle(self) -> None:
        if self._active == 0 and self._root is not None:
            self._root.close()
            self._root = None

    @property
    def is_open(self) -> bool:
        return self._root is not None

    def close(self) -> None:
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            if self._root is not None:
                self._root.close()
                self._root = None
