"""Speed of the shipped NER on one core: words per second over the NER test texts.

    OMP_NUM_THREADS=1 python bench/ner_speed.py [--model models/ner-id] [--data ../shared/data/ner]

The texts are the test sentences of NERGrit, NERP and idner-news-2k (tokens joined by spaces),
run through the whole pipeline (tokenizer, tok2vec, ner) with ``nlp.pipe``. The best of
``--repeat`` runs is reported, as JSON on stdout.
"""
from __future__ import annotations

import os

for _key in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ[_key] = "1"

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def measure(nlp, texts: list[str], repeat: int = 3, batch_size: int = 256) -> dict:
    runs = []
    words = 0
    for _ in range(repeat):
        started = time.perf_counter()
        words = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size))
        runs.append(time.perf_counter() - started)
    best = min(runs)
    return {
        "texts": len(texts),
        "words": words,
        "seconds_best": round(best, 3),
        "seconds_all": [round(r, 3) for r in runs],
        "words_per_second": round(words / best),
    }


def main(argv: list[str] | None = None) -> dict:
    from pipeline.train.ner_data import CORPORA, corpus_texts

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=REPO / "models" / "ner-id")
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data" / "ner")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=256)
    args = parser.parse_args(argv)

    import spacy

    nlp = spacy.load(args.model)
    texts = [t for corpus in CORPORA for t in corpus_texts(args.data, corpus, "test")]
    list(nlp.pipe(texts[:200]))  # warm up
    result = measure(nlp, texts, args.repeat, args.batch_size)
    result["model"] = str(args.model)
    result["model_mb"] = round(sum(f.stat().st_size for f in Path(args.model).rglob("*") if f.is_file()) / 1e6, 2)
    result["pipeline"] = nlp.pipe_names
    print(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    main()
