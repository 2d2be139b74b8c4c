"""Train an Indonesian stanza pipeline (tokenize, mwt, pos, lemma) offline from local UD files.

    from pipeline.train.stanza_train import train_stanza
    report = train_stanza(Path("../shared/data/ud"), Path("build/stanza-train"),
                          install_to=Path("models/stanza-id"))

The UD_Indonesian-GSD train file is not available here, so the training treebank is put
together from what is (see `prepare_treebank`):

    train  UD_Indonesian-CSUI train minus every 10th sentence
           + UD_Indonesian-GSD dev minus every 10th sentence
    dev    the held-out every-10th sentences of both (model selection only)
    test   UD_Indonesian-GSD test and UD_Indonesian-CSUI test, both untouched

Each processor is trained by stanza's own runners (``stanza.utils.datasets.prepare_*`` and
``stanza.utils.training.run_*``) in a subprocess with one torch thread, without the
downloadable resources they would otherwise fetch (``--no_charlm``, ``--no_pretrain``).
The test sets are then parsed end to end from raw text and scored with stanza's CoNLL 2018
scorer.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Sequence

REPO_DIR = Path(__file__).resolve().parents[2]
DEFAULT_UD_ROOT = REPO_DIR.parent / "shared" / "data" / "ud"  # read in place, never copied
DEFAULT_OUT_DIR = REPO_DIR / "build" / "stanza-train"
DEFAULT_INSTALL_DIR = REPO_DIR / "models" / "stanza-id"

TREEBANK = "UD_Indonesian-Warta"
SHORT_NAME = "id_warta"
PACKAGE = "warta"
PROCESSORS = ("tokenize", "mwt", "pos", "lemma")

# Training settings per processor (extra arguments for the stanza trainers): those of the shipped
# models. POS and depparse are independent (the parser trains on gold tags), so
# `train_stanza(..., processors=("pos",))` and `(..., processors=("depparse",))` can run side by
# side on two cores; pass ``steps={...}`` to change a budget.
DEFAULT_ARGS: dict[str, list[str]] = {
    "tokenize": ["--steps", "200", "--eval_steps", "100", "--batch_size", "32"],
    "mwt": ["--num_epoch", "3", "--batch_size", "50"],
    "lemma": ["--num_epoch", "2", "--decay_epoch", "2", "--batch_size", "50"],
    "pos": [
        "--max_steps", "2000", "--eval_interval", "200", "--batch_size", "32",
        "--hidden_dim", "150", "--char_hidden_dim", "150", "--deep_biaff_hidden_dim", "150",
        "--word_emb_dim", "75",
    ],
    "depparse": [
        "--max_steps", "2000", "--eval_interval", "200", "--batch_size", "1000",
        "--hidden_dim", "150", "--char_hidden_dim", "150", "--deep_biaff_hidden_dim", "150",
        "--deep_biaff_output_dim", "100", "--num_layers", "2", "--word_emb_dim", "75",
    ],
}
# A tiny pipeline for tests: a couple of minutes at most.
QUICK_ARGS: dict[str, list[str]] = {
    "tokenize": ["--steps", "40", "--eval_steps", "20", "--batch_size", "16"],
    "mwt": ["--num_epoch", "1", "--batch_size", "50"],
    "lemma": ["--num_epoch", "1", "--batch_size", "50"],
    "pos": [
        "--max_steps", "20", "--eval_interval", "10", "--batch_size", "16",
        "--hidden_dim", "32", "--char_hidden_dim", "32", "--deep_biaff_hidden_dim", "32",
        "--word_emb_dim", "16", "--tag_emb_dim", "8", "--composite_deep_biaff_hidden_dim", "16",
    ],
    "depparse": [
        "--max_steps", "20", "--eval_interval", "10", "--batch_size", "500",
        "--hidden_dim", "32", "--char_hidden_dim", "32", "--deep_biaff_hidden_dim", "32",
        "--deep_biaff_output_dim", "16", "--num_layers", "1",
    ],
}

_PREPARE = {
    "tokenize": ("stanza.utils.datasets.prepare_tokenizer_treebank", []),
    "mwt": ("stanza.utils.datasets.prepare_mwt_treebank", []),
    "lemma": ("stanza.utils.datasets.prepare_lemma_treebank", ["--gold", "--no_lemma_classifier"]),
    "pos": ("stanza.utils.datasets.prepare_pos_treebank", []),
    "depparse": ("stanza.utils.datasets.prepare_depparse_treebank", ["--gold"]),
}
_RUN = {
    "tokenize": ("stanza.utils.training.run_tokenizer", ["--no_charlm"]),
    "mwt": ("stanza.utils.training.run_mwt", []),
    "lemma": ("stanza.utils.training.run_lemma", ["--no_charlm", "--no_lemma_classifier"]),
    "pos": ("stanza.utils.training.run_pos", ["--no_charlm", "--no_pretrain"]),
    "depparse": ("stanza.utils.training.run_depparse", ["--no_charlm", "--no_pretrain"]),
}
_SUBDIR = {"tokenize": "tokenize", "mwt": "mwt", "lemma": "lemma", "pos": "pos", "depparse": "depparse"}

REFERENCES = {
    "gsd": {"Tokens": 99.88, "UPOS": 94.16, "Lemmas": 98.28, "UAS": 87.05, "LAS": 80.83},
    "csui": {"Tokens": 99.65, "UPOS": 95.90, "Lemmas": 96.36, "UAS": 83.22, "LAS": 78.55},
}


def resolve_ud_root(ud_root: Path) -> Path:
    """Accept the ``ud`` folder or a parent holding ``ud/``."""
    ud_root = Path(ud_root)
    if (ud_root / "ud").is_dir() and not (ud_root / "UD_Indonesian-CSUI").is_dir():
        return ud_root / "ud"
    return ud_root


def read_conllu_sentences(path: Path) -> list[str]:
    """The sentence blocks of a CoNLL-U file (comments included), without trailing blank lines."""
    text = Path(path).read_text(encoding="utf-8").replace("\r\n", "\n")
    return [block.strip("\n") for block in text.split("\n\n") if block.strip()]


def _write_blocks(blocks: Sequence[str], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n\n".join(blocks) + "\n\n", encoding="utf-8")


def prepare_treebank(ud_root: Path, udbase: Path, dev_every: int = 10, max_sentences: int | None = None) -> dict:
    """Write the combined training treebank ``<udbase>/UD_Indonesian-Warta/id_warta-ud-*.conllu``."""
    ud_root = resolve_ud_root(ud_root)
    csui_train = read_conllu_sentences(ud_root / "UD_Indonesian-CSUI" / "id_csui-ud-train.conllu")
    gsd_dev = read_conllu_sentences(ud_root / "UD_Indonesian-GSD" / "id_gsd-ud-dev.conllu")
    gsd_test = read_conllu_sentences(ud_root / "UD_Indonesian-GSD" / "id_gsd-ud-test.conllu")
    train, dev = [], []
    for blocks in (csui_train, gsd_dev):
        for i, block in enumerate(blocks):
            (dev if i % dev_every == dev_every - 1 else train).append(block)
    test = gsd_test
    if max_sentences:
        train, dev, test = train[:max_sentences], dev[: max(20, max_sentences // 5)], test[: max(20, max_sentences // 5)]
    folder = Path(udbase) / TREEBANK
    if folder.exists():
        shutil.rmtree(folder)
    _write_blocks(train, folder / f"{SHORT_NAME}-ud-train.conllu")
    _write_blocks(dev, folder / f"{SHORT_NAME}-ud-dev.conllu")
    _write_blocks(test, folder / f"{SHORT_NAME}-ud-test.conllu")
    return {
        "train_sentences": len(train),
        "dev_sentences": len(dev),
        "train": "UD_Indonesian-CSUI train (sentences i % 10 != 9) + UD_Indonesian-GSD dev (i % 10 != 9)",
        "dev": "the held-out sentences (i % 10 == 9) of CSUI train and GSD dev",
        "test": "UD_Indonesian-GSD test, UD_Indonesian-CSUI test",
    }


def stanza_env(build_dir: Path) -> dict:
    env = dict(os.environ)
    env.update(
        {
            "DATA_ROOT": str(Path(build_dir) / "data"),
            "UDBASE": str(Path(build_dir) / "ud"),
            "WORDVEC_DIR": str(Path(build_dir) / "wordvec"),
            "OMP_NUM_THREADS": "1",
            "MKL_NUM_THREADS": "1",
            "HF_HUB_OFFLINE": "1",
            "TRANSFORMERS_OFFLINE": "1",
            "PYTHONUNBUFFERED": "1",
        }
    )
    return env


def _run(cmd: list[str], env: dict, cwd: Path, log) -> None:
    log.write("$ " + " ".join(cmd) + "\n")
    log.flush()
    proc = subprocess.run(cmd, env=env, cwd=cwd, stdout=log, stderr=subprocess.STDOUT)
    if proc.returncode != 0:
        raise RuntimeError(f"command failed ({proc.returncode}): {' '.join(cmd)}; see {log.name}")


def model_filename(processor: str) -> str:
    return f"{SHORT_NAME}_{processor}.pt"


def upos_only(path: Path) -> None:
    """Blank the XPOS and FEATS columns of a CoNLL-U file in place.

    stanza keeps the POS checkpoint with the best dev score over every tag column the dev file
    has. The two treebanks behind the training set use different XPOS tag sets, so that score
    is dominated by XPOS; with UPOS alone in the dev file the checkpoint is chosen on UPOS.
    """
    lines = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) == 10 and not line.startswith("#"):
            cols[4] = cols[5] = "_"
            line = "\t".join(cols)
        lines.append(line)
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


# Changes to the prepared data before a runner trains on it.
_AFTER_PREPARE = {"pos": lambda data_dir: upos_only(data_dir / "pos" / f"{SHORT_NAME}.dev.in.conllu")}


def train_processor(processor: str, build_dir: Path, extra_args: Sequence[str], log) -> Path:
    """Prepare the data for one processor and train it with stanza's runner; returns the .pt path."""
    build_dir = Path(build_dir)
    env = stanza_env(build_dir)
    prep_module, prep_args = _PREPARE[processor]
    _run([sys.executable, "-m", prep_module, TREEBANK, *prep_args], env, build_dir, log)
    if processor in _AFTER_PREPARE:
        _AFTER_PREPARE[processor](build_dir / "data")
    save_dir = build_dir / "saved_models" / _SUBDIR[processor]
    save_dir.mkdir(parents=True, exist_ok=True)
    run_module, run_args = _RUN[processor]
    cmd = [
        sys.executable, "-m", run_module, SHORT_NAME, *run_args,
        "--force", "--save_dir", str(save_dir), "--save_name", model_filename(processor),
        "--seed", "1234", *extra_args,
    ]
    _run(cmd, env, build_dir, log)
    path = save_dir / model_filename(processor)
    if not path.exists():
        raise FileNotFoundError(f"stanza did not write {path}; see {log.name}")
    return path


def install_models(model_paths: dict[str, Path], target: Path) -> dict[str, str]:
    """Copy the trained .pt files to ``<target>/id/<processor>/warta.pt`` with a resources.json.

    Only the processors given are replaced; the others already installed there are kept, so
    one processor can be retrained on its own.
    """
    target = Path(target)
    installed = {}
    for processor, path in model_paths.items():
        if (target / "id" / processor).exists():
            shutil.rmtree(target / "id" / processor)
        dest = target / "id" / processor / f"{PACKAGE}.pt"
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, dest)
        installed[processor] = str(dest.relative_to(target))
    (target / "resources.json").write_text("{}\n")
    return installed


def score_pipeline(model_dir: Path, ud_root: Path, processors: Sequence[str], out_dir: Path) -> dict:
    """Parse the GSD and CSUI test sets end to end from raw text and score them (CoNLL 2018 scorer)."""
    from stanza.models.common.utils import ud_scores
    from stanza.utils.conll import CoNLL
    from stanza.utils.datasets.conllu_to_text import convert_text

    from pipeline.nlp.stanza_adapter import build_pipeline

    ud_root = resolve_ud_root(ud_root)
    nlp = build_pipeline(Path(model_dir), ",".join(processors))
    results = {}
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    tests = {
        "gsd": ud_root / "UD_Indonesian-GSD" / "id_gsd-ud-test.conllu",
        "csui": ud_root / "UD_Indonesian-CSUI" / "id_csui-ud-test.conllu",
    }
    for name, gold in tests.items():
        txt = out_dir / f"{name}.test.txt"
        convert_text(str(gold), str(txt))
        text = txt.read_text(encoding="utf-8")
        started = time.perf_counter()
        doc = nlp(text)
        seconds = time.perf_counter() - started
        pred = out_dir / f"{name}.test.pred.conllu"
        CoNLL.write_doc2conll(doc, str(pred))
        try:
            scores = ud_scores(str(gold), str(pred))
        except Exception as error:  # the scorer refuses output whose characters differ from the gold
            results[name] = {"error": str(error).splitlines()[0]}
            continue
        metrics = ["Tokens", "Sentences", "Words", "UPOS", "XPOS", "UFeats", "Lemmas"]
        if "depparse" in processors:
            metrics += ["UAS", "LAS"]
        results[name] = {m: round(100 * scores[m].f1, 2) for m in metrics if m in scores}
        n_words = sum(len(s.words) for s in doc.sentences)
        results[name]["words_per_second"] = round(n_words / seconds, 1)
    return results


def train_stanza(
    ud_root: Path,
    out_dir: Path,
    processors: Sequence[str] = PROCESSORS,
    quick: bool = False,
    *,
    steps: dict[str, Sequence[str]] | None = None,
    install_to: Path | None = None,
    build_dir: Path | None = None,
    score: bool = True,
) -> dict:
    """Train the stanza processors on the local UD files and score them on the UD test sets.

    ud_root     folder holding ``UD_Indonesian-CSUI/`` and ``UD_Indonesian-GSD/`` (or its parent)
    out_dir     trained models in ``<out_dir>/id/<processor>/warta.pt`` (+ ``resources.json``),
                logs in ``<out_dir>/train.log``, report in ``<out_dir>/report.json``
    processors  any of tokenize, mwt, pos, lemma, depparse (in that order of training)
    quick       a tiny model on 150 sentences for tests (a couple of minutes)
    steps       extra trainer arguments per processor, replacing the defaults
                (e.g. ``{"pos": ["--max_steps", "500"]}``)
    install_to  copy the models there as well (e.g. ``models/stanza-id``)
    """
    # absolute paths: stanza's runners work in build_dir and find data through env vars
    out_dir = Path(out_dir).resolve()
    ud_root = Path(ud_root).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    build_dir = Path(build_dir).resolve() if build_dir else out_dir / "build"
    build_dir.mkdir(parents=True, exist_ok=True)
    unknown = [p for p in processors if p not in _RUN]
    if unknown:
        raise ValueError(f"unknown stanza processor(s) {unknown}; choose from {', '.join(_RUN)}")
    base_args = QUICK_ARGS if quick else DEFAULT_ARGS
    args = {p: list((steps or {}).get(p, base_args[p])) for p in processors}
    data_info = prepare_treebank(ud_root, build_dir / "ud", max_sentences=150 if quick else None)
    report: dict = {"data": data_info, "args": args, "seconds": {}}
    model_paths: dict[str, Path] = {}
    with open(out_dir / "train.log", "a", encoding="utf-8") as log:
        for processor in ("tokenize", "mwt", "lemma", "pos", "depparse"):
            if processor not in processors:
                continue
            started = time.perf_counter()
            model_paths[processor] = train_processor(processor, build_dir, args[processor], log)
            report["seconds"][processor] = round(time.perf_counter() - started, 1)
    report["models"] = install_models(model_paths, out_dir)
    report["sizes_bytes"] = {p: (out_dir / rel).stat().st_size for p, rel in report["models"].items()}
    if install_to is not None:
        install_models(model_paths, Path(install_to))
        report["installed_to"] = str(install_to)
    if score:
        # Score the whole pipeline where it now lives: retraining only pos or depparse is scored
        # together with the processors already installed there.
        scored_dir = Path(install_to) if install_to is not None else out_dir
        present = [p for p in PROCESSORS + ("depparse",) if (scored_dir / "id" / p).is_dir()]
        report["test"] = score_pipeline(scored_dir, ud_root, present, build_dir / "eval")
        report["reference_stanza_1_5_1"] = REFERENCES
    (out_dir / "report.json").write_text(json.dumps(report, indent=2) + "\n")
    return report
