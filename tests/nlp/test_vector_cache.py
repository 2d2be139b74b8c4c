"""The NER's floret row cache gives exactly the rows of the floret table, also when it fills up."""
from __future__ import annotations

import numpy
import pytest
from spacy.vectors import Vectors

from pipeline.nlp.vector_cache import CachedVectors
from pipeline.nlp.ner import default_ner_path, load_ner

pytestmark = pytest.mark.skipif(not (default_ner_path() / "meta.json").exists(), reason="no trained NER shipped")


def floret_table() -> Vectors:
    return load_ner().vocab.vectors  # the full load keeps the plain table


def keys_of(words, strings):
    return numpy.asarray([strings.add(w.lower()) for w in words], dtype="uint64")


def test_cached_rows_equal_the_floret_rows_and_survive_a_full_cache():
    table = floret_table()
    words = "Gubernur membuka rapat koordinasi di Palu bersama Bupati dan Wali Kota se-Sulawesi Tengah".split()
    keys = keys_of(words + words[:5], table.strings)
    cache = CachedVectors(table, rows=8)  # smaller than the batch's distinct words: it must start again
    for _ in range(3):
        assert numpy.array_equal(cache.get_batch(keys), table.get_batch(keys))
    assert numpy.array_equal(cache.get_batch(keys[:4]), table.get_batch(keys[:4]))
    assert len(cache.row_of) <= 8


def test_the_run_time_ner_uses_the_cache():
    assert isinstance(load_ner(words_only=True).vocab.vectors, CachedVectors)
    assert not isinstance(load_ner().vocab.vectors, CachedVectors)
