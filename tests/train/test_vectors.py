"""Floret vectors for the NER: raw-text readers and a tiny end-to-end vectors table."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.paths import REPO_DIR
from pipeline.train.vectors import release_sentences, tokenize, ud_sentences, write_text

DATA = REPO_DIR.parent / "shared" / "data"


def test_tokenize_keeps_dotted_and_hyphenated_words():
    assert tokenize("Pj. Bupati Kab. Aceh-Besar, Rp1.500.000!") == [
        "Pj", ".", "Bupati", "Kab", ".", "Aceh-Besar", ",", "Rp1.500.000", "!"]


def test_ud_sentences_skip_comments_and_multiword_ranges(tmp_path: Path):
    folder = tmp_path / "UD_Indonesian-CSUI"
    folder.mkdir()
    (folder / "id_csui-ud-train.conllu").write_text(
        "# text = Bukunya baru.\n"
        "1-2\tBukunya\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "1\tBuku\tbuku\tNOUN\t_\t_\t0\troot\t_\t_\n"
        "2\tnya\tnya\tPRON\t_\t_\t1\tnmod\t_\t_\n"
        "3\tbaru\tbaru\tADJ\t_\t_\t1\tamod\t_\t_\n"
        "\n"
        "1\tYa\tya\tINTJ\t_\t_\t0\troot\t_\t_\n",
        encoding="utf-8",
    )
    assert list(ud_sentences(tmp_path)) == [["Buku", "nya", "baru"], ["Ya"]]


def test_release_sentences_read_the_corpus_and_write_lowercase_text(tmp_path: Path):
    sentences = list(release_sentences(REPO_DIR / "corpus"))
    assert len(sentences) > 50
    counts = write_text(sentences[:3], tmp_path / "raw.txt")
    lines = (tmp_path / "raw.txt").read_text(encoding="utf-8").splitlines()
    assert counts == {"sentences": 3, "words": sum(len(s) for s in sentences[:3])}
    assert lines[0] == " ".join(sentences[0]).lower()


@pytest.mark.skipif(not (DATA / "ner" / "nergrit").is_dir(), reason="shared/data is not beside the repo")
def test_ensure_vectors_trains_once_and_reuses(tmp_path: Path):
    pytest.importorskip("floret")
    import spacy

    from pipeline.train.ner import ensure_vectors

    info = ensure_vectors(DATA / "ner", tmp_path / "vectors", None, quick=True)
    nlp = spacy.load(info["vectors"])
    assert nlp.vocab.vectors.mode == "floret"
    assert nlp.vocab.vectors.shape == (2000, 16)
    assert info["counts"]["total"]["sentences"] == 2000
    stamp = (tmp_path / "vectors" / "spacy").stat().st_mtime_ns
    again = ensure_vectors(DATA / "ner", tmp_path / "vectors", None, quick=True)
    assert again["vectors"] == info["vectors"]
    assert (tmp_path / "vectors" / "spacy").stat().st_mtime_ns == stamp
    assert json.loads((tmp_path / "vectors" / "vectors.json").read_text())["recipe"]["quick"] is True
