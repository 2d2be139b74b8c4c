"""Soft-target distillation of an ensemble of NER models into one model.

Hard votes (`experiments.ner_vote`) keep only what the teachers agree on and lose how sure
they are. Here the student learns the teachers' averaged probabilities over the NER's
transitions, state by state, on unlabelled text:

- the docs are walked along the ensemble's own path (at each state the transition with the
  highest mean probability among the valid ones);
- at each state the student's softmax over the valid transitions is pulled towards the teachers'
  mean softmax (the gradient of the cross-entropy with soft targets);
- gold batches (`nlp.update`) alternate with these batches, so the student keeps the gold data.

All models must be spaCy pipelines with a ``tok2vec`` and an ``ner`` that listens to it, and the
same transitions (checked at start; labels may come in another order).
"""
from __future__ import annotations

import json
import random
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import numpy


def move_names(ner) -> list[str]:
    """The names of an NER component's transitions, in the order of its score columns."""
    return [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]


def _softmax(scores: numpy.ndarray, valid: numpy.ndarray, temperature: float) -> numpy.ndarray:
    z = numpy.where(valid, scores / temperature, -numpy.inf)
    z = z - z.max(axis=1, keepdims=True)
    e = numpy.exp(z)
    return e / e.sum(axis=1, keepdims=True)


class Teachers:
    """Trained NER pipelines whose mean transition probabilities are the soft targets."""

    def __init__(self, models: Sequence, student_moves: Sequence[str], temperature: float = 1.0):
        self.models = list(models)
        self.temperature = temperature
        self.orders = []
        for nlp in self.models:
            names = move_names(nlp.get_pipe("ner"))
            if sorted(names) != sorted(student_moves):
                raise ValueError(f"teacher {nlp.meta.get('name')} has other NER transitions: {names}")
            # column j of the student = column order[j] of this teacher
            self.orders.append(numpy.array([names.index(n) for n in student_moves]))

    def step_models(self, docs: Sequence) -> list:
        """One parser step model per teacher over ``docs`` (each teacher on its own copies)."""
        from spacy.tokens import Doc

        steps = []
        for nlp in self.models:
            copies = [Doc(nlp.vocab, words=[t.text for t in d], spaces=[bool(t.whitespace_) for t in d]) for d in docs]
            for _ in nlp.get_pipe("tok2vec").pipe(copies):
                pass
            steps.append(nlp.get_pipe("ner").model.predict(copies))
        return steps

    def probabilities(self, steps: list, states: list, valid: numpy.ndarray) -> numpy.ndarray:
        total = numpy.zeros(valid.shape, dtype="f")
        for step, order in zip(steps, self.orders):
            scores = numpy.asarray(step.predict(states))[:, order]
            total += _softmax(scores, valid, self.temperature)
        return total / len(steps)


def valid_moves(moves, states: list, names: Sequence[str]) -> numpy.ndarray:
    return numpy.array([[moves.is_valid(s, n) for n in names] for s in states], dtype=bool)


def distill_update(nlp, teachers: Teachers, docs: list, *, sgd=None, drop: float = 0.1, losses: dict | None = None) -> dict:
    """One update of ``nlp``'s tok2vec and ner towards the teachers' probabilities on ``docs``."""
    from spacy.training import Example
    from thinc.api import set_dropout_rate

    losses = {} if losses is None else losses
    losses.setdefault("distill", 0.0)
    ner = nlp.get_pipe("ner")
    names = move_names(ner)
    nlp.get_pipe("tok2vec").update([Example(d, d) for d in docs], drop=drop, sgd=sgd, losses=losses)
    set_dropout_rate(ner.model, drop)
    step, backprop_tok2vec = ner.model.begin_update(docs)
    teacher_steps = teachers.step_models(docs)
    states = [s for s in ner.moves.init_batch(docs) if not s.is_final()]
    while states:
        scores, backprop = step.begin_update(states)
        valid = valid_moves(ner.moves, states, names)
        target = teachers.probabilities(teacher_steps, states, valid)
        d_scores = (_softmax(numpy.asarray(scores), valid, 1.0) - target).astype("f")
        losses["distill"] += float((d_scores**2).sum())
        backprop(numpy.ascontiguousarray(d_scores))
        follow = numpy.where(valid, target, -1.0).astype("f")
        ner.transition_states(states, numpy.ascontiguousarray(follow))
        states = [s for s in states if not s.is_final()]
    backprop_tok2vec(docs)
    if sgd is not None:
        ner.finish_update(sgd)
    step.clear_memory()
    return losses


def batches_by_words(items: Iterable, size: int, length: Callable = len) -> Iterable[list]:
    batch, words = [], 0
    for item in items:
        batch.append(item)
        words += length(item)
        if words >= size:
            yield batch
            batch, words = [], 0
    if batch:
        yield batch


def soft_distill(
    student_dir: Path,
    teacher_dirs: Sequence[Path],
    train_path: Path,
    dev_path: Path,
    sentences: Sequence[Sequence[str]],
    out_dir: Path,
    *,
    max_minutes: float = 30.0,
    max_steps: int = 100_000,
    learn_rate: float = 0.0005,
    batch_words: int = 1000,
    eval_every: int = 200,
    temperature: float = 1.0,
    drop: float = 0.1,
    seed: int = 0,
    last_dir: Path | None = None,
    log: Callable[[str], None] = print,
) -> dict:
    """Fine-tune the NER at ``student_dir`` on gold batches from ``train_path`` (a DocBin) and
    soft-target batches of ``sentences``; keep the weights (parameter averages) with the best
    dev F1 on ``dev_path`` in ``out_dir`` (and the last ones in ``last_dir`` if given). Returns ``{"best_f": .., "steps": .., "log": [...]}``."""
    import spacy
    from spacy.tokens import Doc, DocBin
    from spacy.training import Example
    from thinc.api import Adam, fix_random_seed

    import pipeline.nlp.ner_filter  # noqa: F401  the pipelines end with cased_entity_filter

    fix_random_seed(seed)
    rng = random.Random(seed)
    nlp = spacy.load(student_dir)
    teachers = Teachers([spacy.load(p) for p in teacher_dirs], move_names(nlp.get_pipe("ner")), temperature)
    gold = [Example(nlp.make_doc(d.text), d) for d in DocBin().from_disk(train_path).get_docs(nlp.vocab)]
    dev = [Example(nlp.make_doc(d.text), d) for d in DocBin().from_disk(dev_path).get_docs(nlp.vocab)]
    train_names = [n for n in nlp.pipe_names if n in ("tok2vec", "ner")]
    optimizer = Adam(learn_rate=learn_rate, L2=0.01, L2_is_weight_decay=True, grad_clip=1.0, use_averages=True)

    def evaluate() -> float:
        with nlp.use_params(optimizer.averages):
            return float(nlp.evaluate(dev)["ents_f"] or 0.0)

    best = evaluate()
    history = [{"step": 0, "dev_f": best}]
    log(f"step 0 dev F1 {best:.4f}")
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out_dir)
    start, step = time.time(), 0
    losses: dict = {}
    while step < max_steps and time.time() - start < max_minutes * 60:
        rng.shuffle(gold)
        order = list(range(len(sentences)))
        rng.shuffle(order)
        news_batches = batches_by_words((Doc(nlp.vocab, words=list(sentences[i])) for i in order), batch_words)
        for gold_batch, news_batch in zip(batches_by_words(gold, batch_words, lambda eg: len(eg.reference)), news_batches):
            with nlp.select_pipes(enable=train_names):
                nlp.update(gold_batch, drop=drop, sgd=optimizer, losses=losses)
                if teachers.models:
                    distill_update(nlp, teachers, news_batch, sgd=optimizer, drop=drop, losses=losses)
            step += 1
            if step % eval_every == 0:
                f = evaluate()
                history.append({"step": step, "dev_f": f, "minutes": round((time.time() - start) / 60, 1)})
                log(f"step {step} dev F1 {f:.4f} losses {({k: round(v, 1) for k, v in losses.items()})}")
                losses = {}
                if f > best:
                    best = f
                    with nlp.use_params(optimizer.averages):
                        nlp.to_disk(out_dir)
            if step >= max_steps or time.time() - start >= max_minutes * 60:
                break
    if last_dir is not None:
        Path(last_dir).mkdir(parents=True, exist_ok=True)
        with nlp.use_params(optimizer.averages):
            nlp.to_disk(last_dir)
    return {"best_f": best, "steps": step, "log": history}


def distill_ner(
    student: Path,
    teachers: Sequence[Path],
    out_dir: Path,
    *,
    data_root: Path,
    build_dir: Path | None = None,
    max_minutes: float = 30.0,
    max_steps: int = 100_000,
    temperature: float = 1.0,
    learn_rate: float = 0.0005,
    seed: int = 0,
    quick: bool = False,
    install_to: Path | None = None,
) -> dict:
    """Fine-tune the trained NER ``student`` towards the mean transition probabilities of
    ``teachers`` on the ``nlp-id`` news sentences, alternating with gold batches
    (`soft_distill`); the best dev model is kept and scored like `train_ner`'s.

    ``build_dir`` holds the DocBins of a `train_ner` run with the same data (made if missing).
    """
    from pipeline.train.ner import (DEFAULT_NERP_MODE, DEFAULT_WEIGHTS, QUICK_MAX_SENTENCES, set_single_thread,
                                    evaluate_ner, install_model, write_meta)
    from pipeline.train.ner_data import DEFAULT_BUILD_DIR, build_ner_data
    from pipeline.train.ner_silver import DEFAULT_SILVER_SOURCE, silver_sentences
    from pipeline.train.vectors import nlp_id_sentences

    set_single_thread()

    out_dir = Path(out_dir)
    build_dir = Path(build_dir) if build_dir else (out_dir / "data" if quick else DEFAULT_BUILD_DIR)
    if not (build_dir / "train.spacy").exists():
        build_ner_data(data_root, build_dir, weights=DEFAULT_WEIGHTS, nerp_mode=DEFAULT_NERP_MODE,
                       max_train_sentences=QUICK_MAX_SENTENCES if quick else None,
                       silver=silver_sentences(DEFAULT_SILVER_SOURCE, limit=3 if quick else None))
    sentences = list(nlp_id_sentences())
    if not sentences:
        raise RuntimeError("no unlabelled sentences: install the nlp-id data (`pip install --no-deps nlp-id==0.1.23.0`)")
    model_dir = out_dir / "model-best"
    started = time.perf_counter()
    run = soft_distill(student, teachers, build_dir / "train.spacy", build_dir / "dev.spacy",
                       sentences[:300] if quick else sentences, model_dir, max_minutes=max_minutes,
                       max_steps=max_steps, temperature=temperature, learn_rate=learn_rate, seed=seed,
                       eval_every=20 if quick else 200)
    test_scores = evaluate_ner(model_dir, build_dir, split="test")
    dev_scores = evaluate_ner(model_dir, build_dir, split="dev")
    result = {
        "test": test_scores,
        "dev": dev_scores,
        "train_seconds": round(time.perf_counter() - started, 1),
        "model_dir": str(model_dir),
        "distillation": {"student": str(student), "teachers": [str(t) for t in teachers],
                         "sentences": len(sentences), "temperature": temperature, "learn_rate": learn_rate,
                         "steps": run["steps"], "dev_log": run["log"]},
    }
    write_meta(model_dir, test_scores, extra={
        "train_seconds": result["train_seconds"],
        "dev_by_corpus": {c: s["f"] for c, s in dev_scores.items()},
        "distillation": {k: v for k, v in result["distillation"].items() if k != "dev_log"},
    })
    (out_dir / "scores.json").write_text(json.dumps(result, indent=2) + "\n")
    if install_to is not None:
        install_model(model_dir, Path(install_to))
        result["installed_to"] = str(install_to)
    return result
