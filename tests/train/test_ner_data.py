"""Readers of the NER corpora: column formats, CRLF, BIO repair, label mapping, DocBins."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.train.ner_data import (
    Sentence,
    bio_spans,
    build_case_lexicon,
    build_ner_data,
    map_labels,
    parse_columns,
    read_column_file,
    read_corpus,
    recase_sentence,
    repair_bio,
    split_multiword_tokens,
)

NERGRIT = "Joko\tB-PERSON\nWidodo\tI-PERSON\nke\tO\nPalu\tB-PLACE\n.\tO\n\nKemenkes\tB-ORGANISATION\nhadir\tO\n"
# NERP: lowercase, a stray I- tag, an EVT name and a token with a space inside
NERP = (
    "gubernur\tO\nrusdy\tI-PPL\nmastura\tI-PPL\ndi\tO\npalu\tB-PLC\n\n"
    "piala\tB-EVT\ndunia\tI-EVT\nsalah satu\tO\nkota\tO\nnew york\tB-PLC\n"
)
IDNER = "Menteri NOUN O\r\nBudi PROPN B-PER\r\nGunadi PROPN I-PER\r\ndari ADP O\r\nKemenkes PROPN B-ORG\r\n\r\nDi ADP O\r\nBandung PROPN B-LOC\r\n"


@pytest.fixture()
def data_root(tmp_path: Path) -> Path:
    files = {
        "nergrit/train_preprocess.txt": NERGRIT,
        "nergrit/valid_preprocess.txt": NERGRIT,
        "nergrit/test_preprocess.txt": NERGRIT,
        "nerp/train_preprocess.txt": NERP,
        "nerp/valid_preprocess.txt": NERP,
        "nerp/test_preprocess.txt": NERP,
        "idner-news-2k/train.txt": IDNER,
        "idner-news-2k/dev.txt": IDNER,
        "idner-news-2k/test.txt": IDNER,
    }
    for name, text in files.items():
        path = tmp_path / "ner" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    return tmp_path


def test_repair_bio_turns_stray_inside_tags_into_begin():
    assert repair_bio(["O", "I-PPL", "I-PPL", "O", "I-PLC"]) == ["O", "B-PPL", "I-PPL", "O", "B-PLC"]
    assert repair_bio(["B-PPL", "I-PLC", "I-PLC"]) == ["B-PPL", "B-PLC", "I-PLC"]
    assert repair_bio(["I-IND"]) == ["B-IND"]
    assert repair_bio(["B-PPL", "I-PPL", "B-PPL"]) == ["B-PPL", "I-PPL", "B-PPL"]


def test_map_labels_drops_unknown_types():
    tags = ["B-PPL", "I-PPL", "B-EVT", "I-EVT", "B-FNB", "O", "B-IND", "B-PLC"]
    mapping = {"PPL": "PER", "IND": "ORG", "PLC": "LOC"}
    assert map_labels(tags, mapping) == ["B-PER", "I-PER", "O", "O", "O", "O", "B-ORG", "B-LOC"]


def test_bio_spans():
    assert bio_spans(["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC"]) == [
        (0, 2, "PER"),
        (3, 4, "LOC"),
        (4, 6, "LOC"),
    ]


def test_crlf_and_space_separated_columns():
    sentences = list(parse_columns(IDNER.splitlines(keepends=True), separator=None))
    assert sentences == [
        (["Menteri", "Budi", "Gunadi", "dari", "Kemenkes"], ["O", "B-PER", "I-PER", "O", "B-ORG"]),
        (["Di", "Bandung"], ["O", "B-LOC"]),
    ]
    assert all("\r" not in token + tag for tokens, tags in sentences for token, tag in zip(tokens, tags))


def test_read_column_file_keeps_crlf_out_of_tags(tmp_path: Path):
    path = tmp_path / "x.txt"
    path.write_bytes(IDNER.encode())
    assert read_column_file(path, None)[1] == (["Di", "Bandung"], ["O", "B-LOC"])


def test_split_multiword_tokens():
    tokens, tags = split_multiword_tokens(["salah satu", "new york", "kota"], ["O", "B-PLC", "I-PLC"])
    assert tokens == ["salah", "satu", "new", "york", "kota"]
    assert tags == ["O", "O", "B-PLC", "I-PLC", "I-PLC"]


def test_read_corpus_maps_each_corpus_to_per_org_loc(data_root: Path):
    nergrit = read_corpus(data_root / "ner", "nergrit", "train")
    assert bio_spans(nergrit[0].tags) == [(0, 2, "PER"), (3, 4, "LOC")]
    assert bio_spans(nergrit[1].tags) == [(0, 1, "ORG")]

    nerp = read_corpus(data_root, "nerp", "test")  # the parent of ner/ is accepted too
    assert nerp[0].tokens == ["gubernur", "rusdy", "mastura", "di", "palu"]
    assert bio_spans(nerp[0].tags) == [(1, 3, "PER"), (4, 5, "LOC")]
    assert nerp[1].tokens == ["piala", "dunia", "salah", "satu", "kota", "new", "york"]
    assert bio_spans(nerp[1].tags) == [(5, 7, "LOC")]  # EVT dropped

    idner = read_corpus(data_root / "ner", "idner", "dev")
    assert bio_spans(idner[0].tags) == [(1, 3, "PER"), (4, 5, "ORG")]
    assert idner[1].tokens == ["Di", "Bandung"]


def test_recasing_changes_case_only(data_root: Path):
    cased = read_corpus(data_root, "nergrit", "train") + read_corpus(data_root, "idner", "train")
    lexicon = build_case_lexicon(cased)
    nerp = read_corpus(data_root, "nerp", "train")
    recased = [recase_sentence(s, lexicon) for s in nerp]
    assert recased[0].tokens == ["Gubernur", "Rusdy", "Mastura", "di", "Palu"]
    assert recased[1].tokens[:2] == ["Piala", "Dunia"]  # a name, though not a PER/ORG/LOC one
    for before, after in zip(nerp, recased):
        assert after.tags == before.tags
        assert [t.lower() for t in after.tokens] == before.tokens


def test_recase_uses_cased_forms_from_the_lexicon():
    lexicon = build_case_lexicon([Sentence(["Kata", "DPR", "dan", "Kemenkes", "hadir"], ["O"] * 5)])
    sentence = Sentence(["anggota", "dpr", "dan", "kemenkes"], ["O", "B-ORG", "O", "B-ORG"], ["O", "B-IND", "O", "B-IND"])
    assert recase_sentence(sentence, lexicon).tokens == ["Anggota", "DPR", "dan", "Kemenkes"]


def test_build_ner_data_writes_docbins(data_root: Path, tmp_path: Path):
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    out = tmp_path / "build"
    info = build_ner_data(data_root, out, weights={"nergrit": 2}, nerp_mode="both")
    for corpus in ("nergrit", "nerp", "idner"):
        for split in ("train", "dev", "test"):
            assert (out / f"{corpus}-{split}.spacy").exists()
    # train: nergrit 2 x 2 sentences, nerp 2 original + 2 recased, idner 2
    assert info["counts"]["train"] == 4 + 4 + 2
    assert info["counts"]["dev"] == 6

    vocab = Vocab()
    docs = list(DocBin().from_disk(out / "idner-test.spacy").get_docs(vocab))
    assert [(e.text, e.label_) for e in docs[0].ents] == [("Budi Gunadi", "PER"), ("Kemenkes", "ORG")]
    docs = list(DocBin().from_disk(out / "nerp-test.spacy").get_docs(vocab))
    assert [(e.text, e.label_) for e in docs[0].ents] == [("rusdy mastura", "PER"), ("palu", "LOC")]
    train = list(DocBin().from_disk(out / "train.spacy").get_docs(vocab))
    labels = {e.label_ for d in train for e in d.ents}
    assert labels == {"PER", "ORG", "LOC"}
    assert any(d.text.startswith("Gubernur Rusdy Mastura") for d in train)


def test_pos_sentences_are_tag_only_docs_without_ner_annotation(data_root: Path, tmp_path: Path):
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    out = tmp_path / "build"
    pos = [(["Menteri", "Budi", "datang"], ["NN", "NNP", "VB"])]
    info = build_ner_data(data_root, out, pos_sentences=pos)
    assert info["counts"]["pos_aux"] == 1
    train = list(DocBin().from_disk(out / "train.spacy").get_docs(Vocab()))
    tagged = [d for d in train if d.has_annotation("TAG")]
    assert [[t.tag_ for t in d] for d in tagged] == [["NN", "NNP", "VB"]]
    # no entity and no "O": the NER learns nothing from it, in either direction
    assert [t.ent_iob_ for t in tagged[0]] == ["", "", ""]
    # the NER sentences carry no tags, so the tagger learns nothing from them
    assert all(t.tag_ == "" for d in train if d not in tagged for t in d)
