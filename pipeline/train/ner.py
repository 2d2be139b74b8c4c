"""Train and evaluate the Indonesian spaCy NER (PER / ORG / LOC).

    from pipeline.train.ner import train_ner
    scores = train_ner(Path("../shared/data"), Path("build/ner-train"), install_to=Path("models/ner-id"))

Everything runs offline: the corpora are converted to DocBins (`pipeline.train.ner_data`),
the config in ``configs/ner.cfg`` is trained with spaCy's Python API, and the best model is
scored on each corpus's own test split (exact spans; micro P/R/F over PER/ORG/LOC).
"""
from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path
from typing import Sequence

from pipeline.train.ner_data import CORPORA, DEFAULT_BUILD_DIR, LABELS, build_ner_data
from pipeline.train.ner_silver import DEFAULT_SILVER_SOURCE, silver_sentences

CONFIG_PATH = Path(__file__).resolve().parent / "configs" / "ner.cfg"
REPO_DIR = Path(__file__).resolve().parents[2]
DEFAULT_DATA_ROOT = REPO_DIR.parent / "shared" / "data"  # holds ner/ (read in place, never copied)
DEFAULT_OUT_DIR = REPO_DIR / "build" / "ner-train"
DEFAULT_INSTALL_DIR = REPO_DIR / "models" / "ner-id"
MODEL_NAME = "warta_ner_id"
MODEL_VERSION = "0.4.0"

# Training-set choices of the shipped model (see models/README.md).
DEFAULT_WEIGHTS = {"nergrit": 2, "idner": 2, "silver": 3}
DEFAULT_NERP_MODE = "original"
DEFAULT_POS_AUX = 0  # nlp-id news sentences for the auxiliary tagger (an option; see models/README.md)

# A tiny model for tests and smoke runs: trains in well under two minutes.
QUICK_OVERRIDES = {
    "training.max_steps": 60,
    "training.eval_frequency": 30,
    "training.patience": 0,
    "components.tok2vec.model.encode.width": 32,
    "components.tok2vec.model.encode.depth": 1,
    "components.tok2vec.model.embed.rows": [500, 100, 200, 100],
    "components.ner.model.hidden_width": 16,
}
QUICK_MAX_SENTENCES = 150
AUX_TAGGER = "pos_aux"


class TimeLimitReached(Exception):
    """Raised by the ``warta.time_limit.v1`` callback to end training; model-best is kept."""


def _register_time_limit() -> None:
    import spacy

    if "warta.time_limit.v1" in spacy.registry.callbacks:
        return

    @spacy.registry.callbacks("warta.time_limit.v1")
    def make_time_limit(max_seconds: float):
        deadline = time.monotonic() + float(max_seconds)

        def before_update(nlp, info):
            if time.monotonic() > deadline:
                raise TimeLimitReached(f"time limit of {max_seconds:.0f} s reached at step {info.get('step')}")

        return before_update


def set_single_thread() -> None:
    for key in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
        os.environ.setdefault(key, "1")


def evaluate_ner(model, data_dir: Path, corpora: Sequence[str] = tuple(CORPORA), split: str = "test") -> dict:
    """Score a pipeline (or a path to one) on ``<data_dir>/<corpus>-<split>.spacy``.

    The predictions are made on the gold tokens, so the scores are exact-span entity scores.
    Returns ``{corpus: {"p", "r", "f", "per_type": {label: {"p", "r", "f"}}, "words", "sentences"}}``
    with values in percent.
    """
    import spacy
    from spacy.tokens import Doc, DocBin
    from spacy.training import Example

    import pipeline.nlp.ner_filter  # noqa: F401  the shipped pipeline ends with cased_entity_filter

    nlp = spacy.load(model) if isinstance(model, (str, Path)) else model
    results = {}
    for corpus in corpora:
        path = Path(data_dir) / f"{corpus}-{split}.spacy"
        gold_docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        examples = [
            Example(Doc(nlp.vocab, words=[t.text for t in g], spaces=[bool(t.whitespace_) for t in g]), g)
            for g in gold_docs
        ]
        scores = nlp.evaluate(examples, batch_size=256)
        per_type = {
            label: {k: round(100 * v, 2) for k, v in (scores.get("ents_per_type") or {}).get(label, {}).items()}
            for label in LABELS
        }
        results[corpus] = {
            "p": round(100 * (scores["ents_p"] or 0.0), 2),
            "r": round(100 * (scores["ents_r"] or 0.0), 2),
            "f": round(100 * (scores["ents_f"] or 0.0), 2),
            "per_type": per_type,
            "sentences": len(gold_docs),
            "words": sum(len(d) for d in gold_docs),
        }
    return results


def write_meta(model_dir: Path, scores: dict, extra: dict | None = None) -> dict:
    """Give the trained pipeline its name, version and per-corpus test scores."""
    meta_path = Path(model_dir) / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta["name"] = MODEL_NAME
    meta["version"] = MODEL_VERSION
    meta["description"] = (
        "Indonesian NER (PER, ORG, LOC), CNN tok2vec + transition-based NER, trained on "
        "NERGrit, NERP and idner-news-2k (union of train splits)."
    )
    meta["license"] = "Apache-2.0 (NERGrit/NERP via IndoNLU) and MIT (idner-news-2k); see models/README.md"
    meta["sources"] = [
        {"name": "NERGrit (IndoNLU nergrit_ner-grit)", "url": "https://github.com/IndoNLP/indonlu"},
        {"name": "NERP (IndoNLU nerp_ner-prosa)", "url": "https://github.com/IndoNLP/indonlu"},
        {"name": "idner-news-2k", "url": "https://github.com/khairunnisaor/idner-news-2k", "license": "MIT"},
    ]
    if meta.get("vectors", {}).get("width"):
        meta["sources"].append({"name": "word vectors: floret trained by warta (pipeline/train/vectors.py) on the "
                                        "NER train splits, UD Indonesian, corpus/ and the nlp-id POS data",
                                "url": "https://github.com/kumparan/nlp-id", "license": "MIT (nlp-id)"})
    meta.setdefault("performance", {})
    meta["performance"]["test_by_corpus"] = {c: {k: s[k] for k in ("p", "r", "f")} for c, s in scores.items()}
    meta["performance"]["test_by_corpus_per_type"] = {c: s["per_type"] for c, s in scores.items()}
    if extra:
        meta.setdefault("warta", {}).update(extra)
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
    return meta


def _clean_training_callbacks(model_dir: Path) -> None:
    """Drop the time-limit callback from a saved config so the model loads without this module."""
    path = Path(model_dir) / "config.cfg"
    if not path.exists():
        return
    lines = path.read_text().splitlines()
    out, skip = [], False
    for line in lines:
        if line.strip() == "[training.before_update]":
            skip = True
            continue
        if skip and line.startswith("["):
            skip = False
        if skip:
            continue
        out.append(line)
    out = [
        line.split("=")[0] + "= null" if line.startswith(("train = ", "dev = ", "vectors = ")) and "/" in line else line
        for line in out
    ]  # no machine-specific data paths in the shipped config
    text = "\n".join(out) + "\n"
    if "before_update = null" not in text:
        text = text.replace("[training]\n", "[training]\nbefore_update = null\n", 1)
    path.write_text(text)


def install_model(model_dir: Path, target: Path) -> Path:
    """Copy a trained pipeline directory's content to ``target`` (replacing what was there)."""
    target = Path(target)
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(model_dir, target)
    return target


def pos_aux_sentences(limit: int, seed: int = 0) -> list[tuple[list[str], list[str]]]:
    """Up to ``limit`` (tokens, POS tags) sentences of the ``nlp-id`` news POS data, a fixed sample."""
    import random

    from pipeline.train.vectors import read_pos_sentences
    from pipeline.train.vectors import nlp_id_data_file

    path = nlp_id_data_file()
    if path is None or limit <= 0:
        return []
    pairs = [(t, g) for t, g in read_pos_sentences(path) if all(g)]
    if len(pairs) > limit:
        pairs = random.Random(seed).sample(pairs, limit)
    return pairs


def add_pos_aux(config) -> None:
    """Add a tagger that listens to the NER's tok2vec: an auxiliary task, removed after training."""
    config["nlp"]["pipeline"] = ["tok2vec", AUX_TAGGER, "ner"]
    config["components"][AUX_TAGGER] = {
        "factory": "tagger",
        "label_smoothing": 0.0,
        "neg_prefix": "!",
        "overwrite": False,
        "scorer": {"@scorers": "spacy.tagger_scorer.v1"},
        "model": {
            "@architectures": "spacy.Tagger.v2",
            "nO": None,
            "normalize": False,
            "tok2vec": {
                "@architectures": "spacy.Tok2VecListener.v1",
                "width": "${components.tok2vec.model.encode.width}",
                "upstream": "*",
            },
        },
    }
    config["training"]["score_weights"]["tag_acc"] = None


def finish_pipeline(model_dir: Path, entity_filter: bool = True) -> list[str]:
    """Shape a trained pipeline for use, in place, and return its pipe names.

    The auxiliary tagger goes (the NER keeps the tok2vec it helped shape), and the
    ``cased_entity_filter`` (`pipeline.nlp.ner_filter`) is added after the NER.
    """
    import spacy

    import pipeline.nlp.ner_filter as ner_filter

    nlp = spacy.load(model_dir)
    changed = False
    if AUX_TAGGER in nlp.pipe_names:
        nlp.remove_pipe(AUX_TAGGER)
        changed = True
    if entity_filter and ner_filter.FACTORY not in nlp.pipe_names:
        nlp.add_pipe(ner_filter.FACTORY, after="ner")
        changed = True
    if changed:
        nlp.to_disk(model_dir)
    return nlp.pipe_names


def ensure_vectors(data_root: Path, vectors_dir: Path, releases: Path | None, quick: bool = False) -> dict:
    """Train floret vectors into ``vectors_dir`` unless the same recipe already made them there."""
    from pipeline.train.vectors import FLORET_DEFAULTS, QUICK_FLORET, train_vectors

    settings = dict(FLORET_DEFAULTS, **(QUICK_FLORET if quick else {}))
    recipe = {"settings": settings, "releases": str(releases) if releases else None, "quick": quick}
    info_path = Path(vectors_dir) / "vectors.json"
    if info_path.exists():
        info = json.loads(info_path.read_text())
        if info.get("recipe") == recipe and Path(info["vectors"]).exists():
            return info
    info = train_vectors(data_root, vectors_dir, releases=releases, settings=settings, quick=quick)
    info["recipe"] = recipe
    info_path.write_text(json.dumps(info, indent=2) + "\n")
    return info


def train_ner(
    data_root: Path,
    out_dir: Path,
    max_steps: int | None = None,
    quick: bool = False,
    *,
    config_path: Path | None = None,
    build_dir: Path | None = None,
    overrides: dict | None = None,
    weights: dict[str, int] | None = None,
    nerp_mode: str | None = None,
    install_to: Path | None = None,
    seed: int = 0,
    max_minutes: float | None = 36.0,
    silver_source: Path | None = DEFAULT_SILVER_SOURCE,
    vectors: Path | str | None = "train",
    pos_aux: int = DEFAULT_POS_AUX,
    entity_filter: bool = True,
    news_silver: Sequence = (),
) -> dict:
    """Convert the NER corpora, train the spaCy NER, score it per corpus and return the scores.

    data_root   folder with ``nergrit/``, ``nerp/``, ``idner-news-2k/`` (or its parent holding ``ner/``)
    out_dir     training output: ``model-best/``, ``model-last/``, ``scores.json``
    max_steps   override the config's ``training.max_steps``
    quick       a tiny model on a few sentences per corpus (for tests; under two minutes)
    build_dir   where the DocBins go (default ``build/ner`` in the repo; ``<out_dir>/data`` if quick)
    install_to  copy ``model-best`` there when done (e.g. ``models/ner-id``)
    silver_source  releases whose rule facts become silver training sentences
                (default the project's ``corpus/``; None: no silver data)
    max_minutes stop training after this much wall time, keeping the best model so far
                (default 36, as for the shipped model; None: run to max_steps / patience)
    vectors     static word vectors for the tok2vec: "train" (default) trains floret vectors
                on the raw text at hand (`pipeline.train.vectors`), a path uses a spaCy vectors
                pipeline made before, None trains without vectors
    pos_aux     train a POS tagger on this many ``nlp-id`` news sentences next to the NER, on
                the same tok2vec (multi-task learning); the tagger is removed from the saved
                model, so the NER runs as fast as without it. 0: no auxiliary task; without
                ``nlp-id`` installed there are no such sentences and none is trained
    entity_filter  add the ``cased_entity_filter`` after the NER (`pipeline.nlp.ner_filter`)
    news_silver more silver sentences (`ner_data.Sentence`) made outside this recipe, weighted
                as ``news_silver`` in the data (the shipped model has none; `experiments/`
                makes them from other models' votes)

    Returns ``{"test": {corpus: scores}, "dev": {...}, "train_seconds": ..., "model_dir": ...}``,
    also written to ``<out_dir>/scores.json``.
    """
    set_single_thread()
    from spacy.cli.train import train as spacy_train

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    if build_dir is None:
        build_dir = out_dir / "data" if quick else DEFAULT_BUILD_DIR
    build_dir = Path(build_dir)
    weights = DEFAULT_WEIGHTS if weights is None else weights
    nerp_mode = nerp_mode or DEFAULT_NERP_MODE
    silver = silver_sentences(silver_source, limit=3 if quick else None) if silver_source else []
    data_info = build_ner_data(
        data_root,
        build_dir,
        weights=weights,
        nerp_mode=nerp_mode,
        max_train_sentences=QUICK_MAX_SENTENCES if quick else None,
        silver=silver,
        news_silver=list(news_silver),
        pos_sentences=pos_aux_sentences(min(pos_aux, 200) if quick else pos_aux, seed) if pos_aux else (),
    )

    all_overrides: dict = {
        "paths.train": data_info["files"]["train"],
        "paths.dev": data_info["files"]["dev"],
        "system.seed": seed,
    }
    if quick:
        all_overrides.update(QUICK_OVERRIDES)
    vectors_info = None
    if vectors == "train":
        vectors_info = ensure_vectors(data_root, build_dir / "vectors", silver_source, quick=quick)
        vectors = vectors_info["vectors"]
    if vectors is not None:
        all_overrides["paths.vectors"] = str(vectors)
        all_overrides["components.tok2vec.model.embed.include_static_vectors"] = True
    if overrides:
        all_overrides.update(overrides)
    if max_steps is not None:
        all_overrides["training.max_steps"] = int(max_steps)

    config_file = Path(config_path or CONFIG_PATH)
    with_pos_aux = bool(data_info["counts"].get("pos_aux"))
    if max_minutes is not None or with_pos_aux:
        from spacy.util import load_config

        config = load_config(config_file)
        if max_minutes is not None:
            _register_time_limit()
            config["training"]["before_update"] = {
                "@callbacks": "warta.time_limit.v1",
                "max_seconds": float(max_minutes) * 60,
            }
        if with_pos_aux:
            add_pos_aux(config)
        config_file = out_dir / "train-config.cfg"
        config.to_disk(config_file)

    started = time.perf_counter()
    stopped_early = False
    try:
        spacy_train(config_file, out_dir, use_gpu=-1, overrides=all_overrides)
    except TimeLimitReached:
        stopped_early = True
    train_seconds = time.perf_counter() - started

    model_dir = out_dir / "model-best"
    if not model_dir.exists():
        model_dir = out_dir / "model-last"
    pipe_names = finish_pipeline(model_dir, entity_filter)
    test_scores = evaluate_ner(model_dir, build_dir, split="test")
    dev_scores = evaluate_ner(model_dir, build_dir, split="dev")
    result = {
        "test": test_scores,
        "dev": dev_scores,
        "train_seconds": round(train_seconds, 1),
        "stopped_by_time_limit": stopped_early,
        "model_dir": str(model_dir),
        "pipeline": pipe_names,
        "data": {"counts": data_info["counts"], "weights": weights, "nerp_mode": nerp_mode,
                 "pos_aux": data_info["counts"].get("pos_aux", 0)},
        "vectors": vectors_info or ({"vectors": str(vectors)} if vectors else None),
        "overrides": {k: v for k, v in all_overrides.items() if not k.startswith("paths.")},
    }
    _clean_training_callbacks(model_dir)
    write_meta(
        model_dir,
        test_scores,
        extra={
            "train_data": result["data"],
            "train_seconds": result["train_seconds"],
            "dev_by_corpus": {c: s["f"] for c, s in dev_scores.items()},
            "vectors": {k: v for k, v in (result["vectors"] or {}).items() if k in ("counts", "settings")} or None,
        },
    )
    (out_dir / "scores.json").write_text(json.dumps(result, indent=2) + "\n")
    if install_to is not None:
        install_model(model_dir, Path(install_to))
        result["installed_to"] = str(install_to)
    return result
