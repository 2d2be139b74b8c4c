"""Adapters that yield RawDocuments (or Rejects) from local files, URLs, feeds and sites."""
from pipeline.sources.base import PageRef, RawDocument, Unchanged, iter_items, iter_source

__all__ = ["PageRef", "RawDocument", "Unchanged", "iter_items", "iter_source"]
