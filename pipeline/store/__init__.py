"""DuckDB: schema and migrations, bulk loads, views, read-only queries, Parquet export."""
from pipeline.store.db import StoreLockedError, open_store

__all__ = ["StoreLockedError", "open_store"]
