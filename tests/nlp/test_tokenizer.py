"""The cached tokenizer gives exactly the tokens of spaCy's own Indonesian tokenizer with warta's exceptions."""
from __future__ import annotations

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.registry import get_nlp
from pipeline.nlp.language import WarmTokenizer, add_tokenizer_exceptions


def _reference():
    nlp = spacy.blank("id")
    add_tokenizer_exceptions(nlp)
    return nlp.tokenizer


REFERENCE = _reference()
WARM = get_nlp().tokenizer


def _sig(doc):
    return [(t.text, t.whitespace_, t.idx, t.norm_) for t in doc]


def test_pipeline_uses_the_cached_tokenizer():
    assert isinstance(WARM, WarmTokenizer)


def test_abbreviations_stay_one_token():
    doc = WARM("Plh. Kepala Dinas, Dr. Ahmad, S.E., M.Si. hadir pada 4 s.d. 6 Juni.")
    assert {"Plh.", "Dr.", "S.E.", "M.Si.", "s.d."} <= {t.text for t in doc}


def test_same_tokens_as_spacy_on_release_like_text():
    text = ("PALU – Plt. Kepala Dinas Perindag Prov. Sulteng, Dr. Ir. Budi, M.Si. membuka rapat (12/6/2024).\n\n"
            "Rapat  berlangsung rata-rata dua jam di Jl. Sam Ratulangi No. 5, Kab. Poso. \"Kami siap,\" ujarnya.\t"
            "Dr. rer. nat. Siti hadir; biaya Rp1,5 miliar (± 20%) — lihat https://sulteng.go.id/berita?id=5 .\n")
    for _ in range(2):  # cold and warm cache
        assert _sig(WARM(text)) == _sig(REFERENCE(text))


_ALPHABET = st.sampled_from(list("aAbkKrRsS.,;:-–()\"'/%0129 \n\t") + ["Dr.", "Plh.", "s.d.", "rata-rata", " rer. ",
                                                                        "M.Si.", "\u00a0", "Rp", "http://x.id/a"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_same_tokens_as_spacy_on_any_text(text):
    assert _sig(WARM(text)) == _sig(REFERENCE(text))
