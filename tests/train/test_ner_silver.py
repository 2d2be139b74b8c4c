"""Silver NER sentences from the rule facts: labels where the rules are sure, unknown elsewhere."""
from __future__ import annotations

from pipeline.normalize.document import make_document
from pipeline.train.ner_data import MISSING
from pipeline.train.ner_silver import silver_from_documents, tag_sentence

TEXT = (
    "SAMARINDA – Dinas Kesehatan Provinsi Kalimantan Timur menggelar rapat koordinasi "
    "penanganan stunting di Samarinda, Senin (4/3/2024).\n"
    "Rapat dibuka oleh Kepala Dinas Kesehatan Provinsi Kalimantan Timur, dr. Jaya Mulyawan, "
    "yang meminta seluruh puskesmas memperkuat pendataan balita.\n"
    "Menurut Jaya, angka stunting di Kabupaten Kutai Kartanegara masih perlu diturunkan."
)


def _tokens(*words):
    out, pos = [], 0
    for word in words:
        out.append((word, pos, pos + len(word)))
        pos += len(word) + 1
    return out


def test_tag_sentence_labels_spans_and_leaves_unknown_capitals_missing():
    tokens = _tokens("Bupati", "Garut", "Rudy", "Gunawan", "membuka", "acara", "di", "Garut", "Kota")
    # "Yana Suryana" is a person (offsets 13-25), the second "Garut" (43-48) a place and
    # "Bupati Garut" (0-12) a title.
    labelled = [(13, 25, "PER"), (43, 48, "LOC")]
    unknown = [(0, 12)]
    sentence = tag_sentence(tokens, labelled, unknown)
    assert sentence.tags == [MISSING, MISSING, "B-PER", "I-PER", "O", "O", "O", "B-LOC", MISSING]


def test_token_cut_by_a_rule_span_is_unknown():
    tokens = _tokens("Kemenkes-RI", "hadir")
    sentence = tag_sentence(tokens, [(0, 8, "ORG")], [])
    assert sentence.tags == [MISSING, "O"]


def test_silver_from_a_release_uses_rule_facts():
    document = make_document(TEXT, "silver-test.txt", published="2024-03-04")
    sentences = list(silver_from_documents([document]))
    assert sentences, "the rules find entities in every sentence of this release"
    tagged = {
        (" ".join(s.tokens[i] for i in range(len(s.tokens)) if s.tags[i].endswith(label)), label)
        for s in sentences
        for label in ("PER", "ORG", "LOC")
    }
    persons = {text for text, label in tagged if label == "PER"}
    assert any("Jaya Mulyawan" in text for text in persons)
    organizations = {text for text, label in tagged if label == "ORG"}
    assert any("Dinas Kesehatan" in text for text in organizations)
    for sentence in sentences:
        for token, tag in zip(sentence.tokens, sentence.tags):
            if tag == "O":  # only lowercase words and punctuation are taught as "not a name"
                assert not token[:1].isupper(), (token, sentence.tokens)
