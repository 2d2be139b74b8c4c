"""warta train ner|stanza|topics: rebuild the shipped models from ../shared/data and the project's labels."""
from __future__ import annotations

import json
from enum import Enum
from pathlib import Path

import typer

from pipeline.cli.app import app
from pipeline.paths import MODELS_DIR, REPO_DIR

SHARED_DATA = REPO_DIR.parent / "shared" / "data"


class Model(str, Enum):
    ner = "ner"
    ner_releases = "ner-releases"
    crossfit = "crossfit"
    stanza = "stanza"
    topics = "topics"


@app.command()
def train(
    model: Model = typer.Argument(..., help="Which model to rebuild."),
    data: Path = typer.Option(SHARED_DATA, help="Folder holding ner/ and ud/ (../shared/data)."),
    out: Path = typer.Option(None, help="Training output folder (default build/<model>)."),
    install: bool = typer.Option(True, help="Copy the result into models/ (what warta ships and loads)."),
    quick: bool = typer.Option(False, help="A tiny model in a couple of minutes (to check the recipe)."),
    flow: bool = typer.Option(False, help="Run through the Prefect train_models flow."),
    minutes: float = typer.Option(None, help="ner: wall-time budget in minutes (default 36); the best model so far is kept."),
    silver: Path = typer.Option(None, help="ner: releases whose rule facts become silver sentences (default corpus/)."),
    no_silver: bool = typer.Option(False, "--no-silver", help="ner: train without silver sentences."),
    vectors: str = typer.Option("train", help="ner: 'train' (floret vectors trained on the raw text at hand), "
                                             "a spaCy vectors folder, or 'none'."),
    pos_aux: int = typer.Option(None, help="ner: nlp-id news sentences for an auxiliary POS tagger on the "
                                           "NER's tok2vec (0: none)."),
    seed: int = typer.Option(None, help="ner: random seed (default 0; the shipped ner-id 0.4.0 is seed 2)."),
    processors: str = typer.Option(None, help="stanza: which processors to (re)train, e.g. 'pos,depparse' "
                                              "(default tokenize,mwt,pos,lemma); the others installed are kept."),
    base: Path = typer.Option(None, help="crossfit: the NER before its release fine-tune (ner-id 0.4.0, "
                                         "`warta train ner --seed 2`)."),
    folds: int = typer.Option(4, help="crossfit: how many folds of publishers."),
) -> None:
    """Train one model; prints its scores as JSON.

    ner-releases fine-tunes the installed models/ner-id on the train split of ../shared/eval/real (the shipped
    ner-id 0.5.0 is this recipe applied to the 0.4.0 that `warta train ner --seed 2` builds); crossfit makes one
    such model per fold of publishers (into --out, not models/) for `warta eval --crossfit`."""
    out = out or REPO_DIR / "build" / model.value
    if model is Model.crossfit:
        from pipeline.train.crossfit import fit_fold_models

        gold = REPO_DIR.parent / "shared" / "eval" / "real"
        if base is None or not base.is_dir() or not gold.is_dir() or not (data / "ner").is_dir():
            typer.echo(f"warta train crossfit: needs --base (the NER before its release fine-tune), {gold} and "
                       f"{data / 'ner'}", err=True)
            raise typer.Exit(code=2)
        result = fit_fold_models(base, gold, data, out, k=folds, epochs=1 if quick else 4,
                                 word_lists_from=MODELS_DIR / "ner-id")
        typer.echo(json.dumps(result, indent=2))
        typer.echo(f"then: warta eval {gold} --split train --crossfit {out}", err=True)
        return
    if model is Model.ner_releases:
        from pipeline.train.ner_releases import train_release_ner

        gold = REPO_DIR.parent / "shared" / "eval" / "real"
        if not gold.is_dir() or not (data / "ner").is_dir():
            typer.echo(f"warta train ner-releases: needs {gold} and {data / 'ner'}", err=True)
            raise typer.Exit(code=2)
        result = train_release_ner(MODELS_DIR / "ner-id", gold, data, out, epochs=1 if quick else 4,
                                   install_to=None if quick or not install else MODELS_DIR / "ner-id")
        typer.echo(json.dumps({k: v for k, v in result.items() if k != "history"}, indent=2, default=str))
        return
    if model is Model.ner:
        kwargs = {"data_root": data / "ner", "out_dir": out, "quick": quick,
                  "install_to": None if quick or not install else MODELS_DIR / "ner-id"}
        if minutes is not None:
            kwargs["max_minutes"] = minutes
        if no_silver:
            kwargs["silver_source"] = None
        elif silver is not None:
            kwargs["silver_source"] = silver
        kwargs["vectors"] = None if vectors == "none" else (vectors if vectors == "train" else Path(vectors))
        if pos_aux is not None:
            kwargs["pos_aux"] = pos_aux
        if seed is not None:
            kwargs["seed"] = seed
    elif model is Model.stanza:
        kwargs = {"ud_root": data / "ud", "out_dir": out, "quick": quick,
                  "install_to": None if quick or not install else MODELS_DIR / "stanza-id"}
        if processors:
            kwargs["processors"] = tuple(p.strip() for p in processors.split(",") if p.strip())
    else:
        kwargs = {"out_dir": MODELS_DIR / "topics" if install and not quick else out, "quick": quick}
    if model is not Model.topics and not Path(kwargs.get("data_root", kwargs.get("ud_root"))).exists():
        typer.echo(f"warta train: no training data at {data} (expected ../shared/data)", err=True)
        raise typer.Exit(code=2)
    if flow:
        from pipeline.flows import train_models

        result = train_models(**{model.value: {k: str(v) if isinstance(v, Path) else v for k, v in kwargs.items()}})
    elif model is Model.ner:
        from pipeline.train.ner import train_ner

        result = train_ner(**kwargs)
    elif model is Model.stanza:
        from pipeline.train.stanza_train import train_stanza

        result = train_stanza(**kwargs)
    else:
        from pipeline.train.topics import train_topics

        result = train_topics(**kwargs)
    typer.echo(json.dumps(result, indent=2, default=str, ensure_ascii=False))
