"""The fast keyword index, prefix-tree regexes and the compiled topic model give the results of the slow forms."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.keyword_index import KeywordIndex
from pipeline.extract.phrase_regex import phrase_regex

WORDS = ["rapat", "rapat koordinasi", "rakor", "e-ktp", "bpjs kesehatan", "bpjs", "dana desa", "desa", "kota",
         "pangan", "ketahanan pangan"]
FILLER = ["Rapat", "RAPAT", "koordinasi", "x", "-", ",", "desa_", "Desa", "2024", "e", "ktp", "bpjs", "Kesehatan",
          "  ", "\n", "pangan.", "ketahanan"]


def _regex_findall(keywords, text):
    alternatives = "|".join(re.escape(k) for k in sorted(keywords, key=len, reverse=True))
    return [m.group().lower() for m in re.finditer(rf"(?<!\w)(?:{alternatives})(?!\w)", text, re.IGNORECASE)]


def test_keyword_index_prefers_the_longest_keyword():
    index = KeywordIndex(WORDS)
    text = "Rapat Koordinasi Ketahanan Pangan membahas dana desa dan BPJS Kesehatan; e-KTP, rakor."
    assert index.findall(text) == ["rapat koordinasi", "ketahanan pangan", "dana desa", "bpjs kesehatan",
                                   "e-ktp", "rakor"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FILLER + WORDS), max_size=25).map(" ".join))
def test_keyword_index_equals_the_regex(text):
    assert KeywordIndex(WORDS).findall(text) == _regex_findall(WORDS, text)


def _plain(phrases):
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(phrases), key=len, reverse=True))
    return re.compile(rf"(?<![\w\-])(?:{alternatives})(?![\w\-])", re.IGNORECASE)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8),
       st.lists(st.sampled_from(FILLER + WORDS), max_size=25).map(" ".join))
def test_prefix_tree_regex_equals_the_alternation(phrases, text):
    spans = [m.span() for m in phrase_regex(phrases).finditer(text)]
    assert spans == [m.span() for m in _plain(phrases).finditer(text)]


def test_compiled_topic_model_matches_the_pipeline():
    from pipeline.extract.topics import load_model

    bundle = load_model()
    assert bundle, "models/topics/model.joblib is shipped and must load"
    assert bundle["fast"] is not None
    for text in ("Dinas Pertanian menggelar panen raya padi bersama kelompok tani.",
                 "Pemerintah kabupaten memperkuat pelayanan puskesmas dan imunisasi anak."):
        expected = bundle["model"].predict_proba([text])[0]
        got = bundle["fast"].predict_proba(text)
        assert max(abs(a - b) for a, b in zip(expected, got)) < 1e-9
