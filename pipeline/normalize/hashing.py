"""Dedup keys: a hash of the text with case, punctuation and spacing folded."""
from __future__ import annotations

import hashlib
import re

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def fold(text: str) -> str:
    return _NON_WORD.sub(" ", text.lower()).strip()


def content_hash(text: str) -> str:
    return hashlib.sha256(fold(text).encode("utf-8")).hexdigest()


def document_id(text: str) -> str:
    """Stable id: the same release text always gets the same id, whatever file or URL it came from."""
    return "d" + content_hash(text)[:15]
