"""News silver sentences: POS proper-noun runs typed by a teacher NER."""
from __future__ import annotations

from pathlib import Path

from pipeline.train.ner_data import MISSING
from experiments.ner_pos_silver import combine, pos_silver_sentences
from pipeline.train.vectors import read_pos_sentences


def test_teacher_entity_over_a_whole_proper_noun_run_is_kept():
    pos = ["NNP", "NNP", "CC", "NNP", "VB", "NNP", "SYM"]
    tags = combine(pos, [(0, 4, "ORG"), (5, 6, "PER")])
    assert tags == ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-PER", "O"]


def test_entity_that_cuts_a_run_is_dropped_and_the_names_stay_unannotated():
    pos = ["VB", "NNP", "NNP", "NN"]
    tags = combine(pos, [(2, 3, "PER")])
    assert tags == ["O", MISSING, MISSING, "O"]


def test_entity_starting_on_a_common_word_is_dropped():
    assert combine(["NN", "NNP"], [(0, 2, "LOC")]) == ["O", MISSING]


def test_read_pos_sentences_and_tag_with_a_teacher(tmp_path: Path):
    import spacy

    path = tmp_path / "pos.txt"
    path.write_text("Menteri\tNN\nBudi\tNNP\nSantoso\tNNP\ndatang\tVB\n\nDi\tIN\nPalu\tNNP\n.\tSYM\n", encoding="utf-8")
    assert list(read_pos_sentences(path)) == [
        (["Menteri", "Budi", "Santoso", "datang"], ["NN", "NNP", "NNP", "VB"]),
        (["Di", "Palu", "."], ["IN", "NNP", "SYM"]),
    ]
    teacher = spacy.blank("id")
    ruler = teacher.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PER", "pattern": "Budi Santoso"}, {"label": "LOC", "pattern": "Jakarta"}])
    sentences = pos_silver_sentences(teacher, path)
    assert [s.tags for s in sentences] == [["O", "B-PER", "I-PER", "O"]]  # the second has no kept entity
