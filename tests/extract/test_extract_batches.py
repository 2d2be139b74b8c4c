"""extract_documents runs the pipeline over batches: the same facts as one document at a time, and a
document that breaks a component becomes a Reject without costing the others their facts."""
from __future__ import annotations

from spacy.language import Language

from pipeline.extract.registry import build_nlp
from pipeline.extract.run import BATCH_DOCUMENTS, extract_document, extract_documents
from pipeline.normalize.document import make_document
from pipeline.records import Facts
from pipeline.rejects import Reject

TEXTS = [
    "PALU - Gubernur Sulawesi Tengah Rusli Hamid membuka rapat koordinasi di Palu, Senin (3/6/2024).",
    "Bupati Sigi Mohamad Yasin menerima kunjungan Kepala Dinas Kesehatan Provinsi Sulawesi Tengah, dr. Rina Lamasitudju.",
    "Wakil Wali Kota Bandung Yayan bersama Camat Cicendo Rina Marlina meninjau pasar di Kota Bandung.",
]


@Language.component("test_breaks_on_marker")
def breaks_on_marker(doc):
    if "RUSAK" in doc.text:
        raise ValueError("marked broken")
    return doc


def documents(texts):
    return [make_document(t, f"doc-{i}", published="2024-06-03") for i, t in enumerate(texts)]


def test_batched_facts_equal_one_document_at_a_time():
    docs = documents(TEXTS * (BATCH_DOCUMENTS // len(TEXTS) + 2))  # more than one batch, the last one short
    one_by_one = [extract_document(d).to_json() for d in docs]
    batched = list(extract_documents(docs))
    assert all(isinstance(f, Facts) for f in batched)
    assert [f.to_json() for f in batched] == one_by_one
    assert any(f.persons for f in batched)


def test_a_document_that_breaks_a_component_is_rejected_and_the_batch_goes_on():
    nlp = build_nlp()
    nlp.add_pipe("test_breaks_on_marker", after="warta_persons")
    texts = [TEXTS[0], TEXTS[1] + " RUSAK", TEXTS[2]]
    results = list(extract_documents(documents(texts), nlp=nlp))
    assert [type(r) for r in results] == [Facts, Reject, Facts]
    reject = results[1]
    assert reject.source == "doc-1" and reject.stage == "extract"
    assert "ValueError: marked broken" in reject.reason and "test_extract_batches.py" in reject.reason
    assert [p.name for p in results[2].persons] == [p.name for p in extract_document(documents(texts)[2]).persons]


def test_a_blank_text_has_no_facts_and_breaks_nothing():
    facts = list(extract_documents(documents(["", "   ", "Judul saja\n\n", TEXTS[0]])))
    assert [type(f) for f in facts] == [Facts] * 4
    assert all(not f.persons and f.main_event is None for f in facts[:3])
    assert facts[3].persons
