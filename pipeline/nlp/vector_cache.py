"""Floret vectors with a row cache, for the NER at run time.

A floret vector is the sum of the rows of a word's character n-grams, computed again at every occurrence;
release text repeats the same few thousand words, so the rows are kept once computed. `StaticVectors` reads
any vectors table through `get_batch`, so the model sees exactly the rows the floret table gives.
"""
from __future__ import annotations

import numpy
from spacy.vectors import BaseVectors

CACHE_ROWS = 65536  # 25 MB at the shipped 96 dimensions; the cache starts again when full


class CachedVectors(BaseVectors):
    """Read-only view of a `spacy.vectors.Vectors` table whose `get_batch` rows are cached by key."""

    def __init__(self, vectors, rows: int = CACHE_ROWS):
        super().__init__()
        self.vectors = vectors
        self.attr = getattr(vectors, "attr", None)
        self.mode = vectors.mode
        self.table = numpy.zeros((rows, vectors.shape[1]), dtype=vectors.data.dtype)
        self.row_of: dict[int, int] = {}

    def get_batch(self, keys):
        keys = [int(k) for k in keys]
        row_of = self.row_of
        missing = list(dict.fromkeys(k for k in keys if k not in row_of))
        if missing:
            if len(row_of) + len(missing) > len(self.table):
                row_of.clear()
                missing = list(dict.fromkeys(keys))
                if len(missing) > len(self.table):  # one call larger than the whole cache: no caching
                    return self.vectors.get_batch(numpy.asarray(keys, dtype="uint64"))
            start = len(row_of)
            self.table[start:start + len(missing)] = self.vectors.get_batch(numpy.asarray(missing, dtype="uint64"))
            for i, key in enumerate(missing):
                row_of[key] = start + i
        return self.table[[row_of[k] for k in keys]]

    def __getitem__(self, key):
        return self.vectors[key]

    def __contains__(self, key):
        return key in self.vectors

    def __len__(self):
        return len(self.vectors)

    def is_full(self):
        return True  # read-only

    @property
    def key2row(self):
        return self.vectors.key2row

    @property
    def shape(self):
        return self.vectors.shape

    @property
    def size(self):
        return self.vectors.size

    @property
    def vectors_length(self):
        return self.vectors.shape[1]

    @property
    def data(self):
        return self.vectors.data


def cache_floret_rows(nlp, rows: int = CACHE_ROWS) -> None:
    """Give `nlp` a row cache over its floret vectors (tables of other modes are left as they are)."""
    vectors = nlp.vocab.vectors
    if getattr(vectors, "mode", None) == "floret" and not isinstance(vectors, CachedVectors):
        nlp.vocab.vectors = CachedVectors(vectors, rows)
