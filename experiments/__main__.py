"""python -m experiments COMMAND: rerun the NER variants of models/README.md that the product does not ship."""
from __future__ import annotations

import json
from pathlib import Path

import typer

from pipeline.paths import REPO_DIR

SHARED_NER = REPO_DIR.parent / "shared" / "data" / "ner"
app = typer.Typer(add_completion=False, no_args_is_help=True, help=__doc__)


def _show(result: dict) -> None:
    typer.echo(json.dumps(result, indent=2, default=str, ensure_ascii=False))


def _train_with(news_silver: list, data: Path, out: Path, quick: bool, seed: int, minutes: float) -> None:
    """The shipped NER recipe plus extra silver news sentences."""
    from pipeline.train.ner import train_ner

    _show(train_ner(data, out, quick=quick, seed=seed, max_minutes=minutes, news_silver=news_silver))


@app.command()
def vote(teacher: list[Path] = typer.Option(..., help="Trained NERs; a span most of them find is silver data."),
         out: Path = typer.Option(Path("build/ner-vote")), data: Path = typer.Option(SHARED_NER),
         quick: bool = False, seed: int = 0, minutes: float = 36.0) -> None:
    """Train the NER recipe plus the teachers' majority vote on the nlp-id news sentences."""
    from experiments.ner_vote import ensemble_news_sentences

    _train_with(ensemble_news_sentences(teacher, quick), data, out, quick, seed, minutes)


@app.command("news-teacher")
def news_teacher(teacher: Path = typer.Option(..., help="A trained NER that types the nlp-id proper-noun runs."),
                 out: Path = typer.Option(Path("build/ner-news-teacher")), data: Path = typer.Option(SHARED_NER),
                 quick: bool = False, seed: int = 0, minutes: float = 36.0) -> None:
    """Train the NER recipe plus nlp-id news sentences whose proper nouns a teacher typed."""
    from experiments.ner_pos_silver import news_silver_sentences

    _train_with(news_silver_sentences(teacher, quick), data, out, quick, seed, minutes)


@app.command("soft-distill")
def soft_distill(student: Path = typer.Option(..., help="The trained NER to fine-tune."),
                 teacher: list[Path] = typer.Option(..., help="Trained NERs whose mean probabilities are the target."),
                 out: Path = typer.Option(Path("build/ner-soft-distill")), data: Path = typer.Option(SHARED_NER),
                 quick: bool = False, minutes: float = 30.0) -> None:
    """Fine-tune a trained NER towards the teachers' mean transition probabilities."""
    from experiments.ner_soft_distill import distill_ner

    _show(distill_ner(student, teacher, out, data_root=data, quick=quick, max_minutes=minutes))


@app.command("rules-combined")
def rules_combined(model: Path = typer.Option(REPO_DIR / "models" / "ner-id"),
                   data_dir: Path = typer.Option(REPO_DIR / "build" / "ner", help="DocBins of a `warta train ner` run.")
                   ) -> None:
    """Score the NER combined with warta's rule facts on the NER corpora (policy chosen on dev)."""
    from experiments.ner_rules_combined import choose_policy, evaluate_ensemble

    policy, dev = choose_policy(model, data_dir)
    _show({"policy": policy, "dev": dev, "test": evaluate_ensemble(model, data_dir, policy)})


if __name__ == "__main__":
    app()
