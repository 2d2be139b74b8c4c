"""Gold facts of releases aligned to their text as NER training sentences (pipeline.train.ner_releases)."""
import spacy

from pipeline.train.ner_data import MISSING
from pipeline.train.ner_releases import common_words, gold_spans, known_words, release_sentences

TEXT = ("Kepala Dinas Kesehatan Kabupaten Sigi, Rahmat Hidayat, membuka Rapat Kerja di Palu. "
        "Menurut Rahmat, Jaringan puskesmas di Kabupaten Sigi diperluas bersama Yayasan Kasih Ibu.")
GOLD = {"persons": [{"name": "Rahmat Hidayat"}],
        "organizations": [{"name": "Dinas Kesehatan Kabupaten Sigi", "aliases": []}],
        "places": [{"name": "Kabupaten Sigi"}, {"name": "Palu"}],
        "venues": []}


def _tags(text=TEXT, gold=GOLD, common=frozenset({"jaringan", "rapat", "kerja", "menurut"})):
    record = {"text": text, "gold": gold}
    sentences = release_sentences([record], spacy.blank("id").make_doc, common)
    return {w: t for s in sentences for w, t in zip(s.tokens, s.tags)}, sentences


def test_names_and_their_later_parts_are_persons():
    spans, _ = gold_spans(TEXT, GOLD)
    persons = [TEXT[s:e] for s, e, label in spans if label == "PER"]
    assert persons == ["Rahmat Hidayat", "Rahmat"]


def test_longest_span_wins_and_unlisted_names_stay_unannotated():
    tags, sentences = _tags()
    assert tags["Dinas"] == "B-ORG" and tags["Sigi"] in ("I-ORG", "I-LOC")
    assert tags["Palu"] == "B-LOC"
    assert tags["Yayasan"] == MISSING  # not in gold under this spelling: not taught as "not a name"
    assert tags["Jaringan"] == "O"  # a capitalized common word
    assert tags["membuka"] == "O"
    for s in sentences:  # every chunk is a valid BIO sequence
        for i, t in enumerate(s.tags):
            assert not t.startswith("I-") or (i and s.tags[i - 1][2:] == t[2:])


def test_word_lists_from_running_text():
    lines = ["Para pejabat membahas peraturan baru.", "Peraturan itu dibahas lagi oleh panitia.",
             "Ketua panitia dan peraturan daerah.", "Budi datang. Kata Budi, peraturan sudah jelas."] * 3
    common = common_words(lines, min_count=2)
    assert "panitia" in common and "budi" not in common
    assert "peraturan" in known_words(lines, min_count=3)


def test_name_openers_are_words_that_open_persons_and_little_else():
    from pipeline.train.ner_data import Sentence
    from pipeline.train.ner_releases import name_openers

    def sent(tokens, tags):
        return Sentence(tokens, tags, tags)

    sentences = [sent(["Kata", "Siti", "Aminah", "di", "Tanjung", "Priok"], ["O", "B-PER", "I-PER", "O", "B-LOC", "I-LOC"]),
                 sent(["Lalu", "Tanjung", "Putra", "datang"], ["O", "B-PER", "I-PER", "O"])] * 3
    openers = name_openers(sentences, min_count=3)
    assert "siti" in openers
    assert "tanjung" not in openers  # as often a place's word as a name's first
