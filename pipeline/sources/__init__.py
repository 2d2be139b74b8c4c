"""Adapters that yield RawDocuments (or Rejects) from local files, URLs, feeds and sites."""
from pipeline.sources.base import RawDocument, iter_source

__all__ = ["RawDocument", "iter_source"]
