"""A small function-word language check: Indonesian vs English vs other."""
from __future__ import annotations

import re

from pipeline.tables import load_list

_WORD = re.compile(r"[a-zA-Z]+")


def detect_language(text: str, sample_words: int = 2000) -> str:
    words = [w.lower() for w in _WORD.findall(text[:20000])][:sample_words]
    if len(words) < 5:
        return "unknown"
    id_words = set(load_list("stopwords_id"))
    en_words = set(load_list("stopwords_en"))
    id_share = sum(w in id_words for w in words) / len(words)
    en_share = sum(w in en_words for w in words) / len(words)
    if id_share >= 0.08 and id_share >= en_share:
        return "id"
    if en_share >= 0.08:
        return "en"
    return "unknown"
