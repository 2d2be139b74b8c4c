"""spaCy Doc -> Facts: one component per kind of fact, the assembly into Facts, the one way to run them.

Importing this package loads nothing: `pipeline.extract.registry` registers the components and builds the
Language, `pipeline.extract.run` extracts documents. `from pipeline.extract import extract_text` still works
(the name is looked up in pipeline.extract.run on first use).
"""
from __future__ import annotations

from importlib import import_module
from typing import Any

_FROM_RUN = ("extract_document", "extract_documents", "extract_text")
__all__ = list(_FROM_RUN)


def __getattr__(name: str) -> Any:
    if name in _FROM_RUN:
        return getattr(import_module("pipeline.extract.run"), name)
    raise AttributeError(f"module 'pipeline.extract' has no attribute {name!r}")
