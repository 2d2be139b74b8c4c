"""Soft-target distillation: tiny real spaCy pipelines, a teacher trained on a toy grammar."""
from __future__ import annotations

import random

import numpy
import pytest
import spacy
from spacy.tokens import Doc, DocBin
from spacy.training import Example

from experiments.ner_soft_distill import Teachers, distill_update, move_names, soft_distill, valid_moves

LABELS = ("LOC", "PER", "ORG")
PLACES = ["Jakarta", "Bandung", "Medan", "Surabaya", "Makassar", "Padang"]
PEOPLE = ["Budi", "Siti", "Andi", "Rina", "Joko", "Dewi"]
BODIES = ["Kemenkes", "Bappenas", "Kemendagri", "Polri", "BPBD", "Diskominfo"]


def _sentence(rng: random.Random) -> tuple[list[str], list[tuple[int, int, str]]]:
    person, place, body = rng.choice(PEOPLE), rng.choice(PLACES), rng.choice(BODIES)
    words = ["Kemarin", person, "dari", body, "berkunjung", "ke", place, "."]
    return words, [(1, 2, "PER"), (3, 4, "ORG"), (6, 7, "LOC")]


def _example(nlp, words, spans) -> Example:
    doc = Doc(nlp.vocab, words=words)
    ref = Doc(nlp.vocab, words=words)
    ref.ents = [ref.char_span(ref[s].idx, ref[e - 1].idx + len(ref[e - 1]), label=lab) for s, e, lab in spans]
    return Example(doc, ref)


def _pipeline(labels=LABELS, seed: int = 0):
    from thinc.api import fix_random_seed

    fix_random_seed(seed)
    nlp = spacy.blank("id")
    nlp.add_pipe("tok2vec", config={"model": {
        "@architectures": "spacy.Tok2Vec.v2",
        "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": 32, "attrs": ["NORM", "SHAPE"],
                  "rows": [500, 50], "include_static_vectors": False},
        "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": 32, "depth": 1,
                   "window_size": 1, "maxout_pieces": 2},
    }})
    nlp.add_pipe("ner", config={"model": {
        "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner", "extra_state_tokens": False,
        "hidden_width": 16, "maxout_pieces": 2, "use_upper": True,
        "tok2vec": {"@architectures": "spacy.Tok2VecListener.v1", "width": 32, "upstream": "*"},
    }})
    for label in labels:
        nlp.get_pipe("ner").add_label(label)
    return nlp


def _trained_teacher(seed: int = 0):
    rng = random.Random(seed)
    nlp = _pipeline(seed=seed)
    examples = [_example(nlp, *_sentence(rng)) for _ in range(40)]
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(15):
        rng.shuffle(examples)
        for i in range(0, len(examples), 8):
            nlp.update(examples[i:i + 8], sgd=optimizer, drop=0.0)
    return nlp


def _agreement(student, teacher, sentences) -> float:
    same = total = 0
    for words in sentences:
        s = {(e.start, e.end, e.label_) for e in student(Doc(student.vocab, words=words)).ents}
        t = {(e.start, e.end, e.label_) for e in teacher(Doc(teacher.vocab, words=words)).ents}
        same += len(s & t)
        total += len(s | t)
    return same / total if total else 1.0


@pytest.fixture(scope="module")
def teacher():
    return _trained_teacher()


def test_teacher_knows_the_toy_grammar(teacher):
    doc = teacher(Doc(teacher.vocab, words=["Kemarin", "Siti", "dari", "Polri", "berkunjung", "ke", "Medan", "."]))
    assert [(e.text, e.label_) for e in doc.ents] == [("Siti", "PER"), ("Polri", "ORG"), ("Medan", "LOC")]


def test_student_learns_the_teachers_entities_from_unlabelled_text(teacher):
    rng = random.Random(1)
    student = _pipeline(labels=("ORG", "PER", "LOC"), seed=3)  # another label order
    student.initialize(lambda: [_example(student, *_sentence(rng)) for _ in range(4)])
    optimizer = student.resume_training()
    held_out = [_sentence(random.Random(100 + i))[0] for i in range(20)]
    before = _agreement(student, teacher, held_out)
    teachers = Teachers([teacher], move_names(student.get_pipe("ner")))
    losses: dict = {}
    for _ in range(60):
        docs = [Doc(student.vocab, words=_sentence(rng)[0]) for _ in range(8)]
        distill_update(student, teachers, docs, sgd=optimizer, drop=0.0, losses=losses)
    assert numpy.isfinite(losses["distill"]) and losses["distill"] > 0
    after = _agreement(student, teacher, held_out)
    assert before < 0.5 and after >= 0.9


def test_valid_moves_forbid_closing_an_entity_that_was_not_opened(teacher):
    ner = teacher.get_pipe("ner")
    names = move_names(ner)
    state = ner.moves.init_batch([Doc(teacher.vocab, words=["Siti", "datang"])])[0]
    valid = dict(zip(names, valid_moves(ner.moves, [state], names)[0]))
    assert valid["B-PER"] and valid["U-PER"] and valid["O"]
    assert not valid["I-PER"] and not valid["L-PER"]


def test_teacher_with_other_labels_is_refused(teacher):
    other = _pipeline(labels=("LOC", "PER", "MISC"))
    other.initialize(lambda: [_example(other, ["Budi", "di", "Medan"], [(0, 1, "PER"), (2, 3, "LOC")])])
    with pytest.raises(ValueError, match="other NER transitions"):
        Teachers([teacher], move_names(other.get_pipe("ner")))


def test_soft_distill_keeps_the_best_dev_model_on_disk(teacher, tmp_path):
    rng = random.Random(7)
    student = _pipeline(seed=5)
    student.initialize(lambda: [_example(student, *_sentence(rng)) for _ in range(4)])
    student.to_disk(tmp_path / "student")
    teacher.to_disk(tmp_path / "teacher")
    for name, n in (("train", 30), ("dev", 20)):
        bin_ = DocBin()
        for _ in range(n):
            bin_.add(_example(student, *_sentence(rng)).reference)
        bin_.to_disk(tmp_path / f"{name}.spacy")
    sentences = [_sentence(rng)[0] for _ in range(60)]
    logged: list[str] = []
    result = soft_distill(tmp_path / "student", [tmp_path / "teacher"], tmp_path / "train.spacy",
                          tmp_path / "dev.spacy", sentences, tmp_path / "out", max_steps=12, eval_every=4,
                          batch_words=40, learn_rate=0.005, log=logged.append)
    assert result["steps"] == 12 and [h["step"] for h in result["log"]] == [0, 4, 8, 12]
    assert result["best_f"] == max(h["dev_f"] for h in result["log"]) > result["log"][0]["dev_f"]
    assert len(logged) == 4
    best = spacy.load(tmp_path / "out")
    dev = [Example(best.make_doc(d.text), d) for d in DocBin().from_disk(tmp_path / "dev.spacy").get_docs(best.vocab)]
    assert best.evaluate(dev)["ents_f"] == pytest.approx(result["best_f"])
