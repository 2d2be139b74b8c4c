"""Time each pipeline component and each assembly step over the corpus releases (ms per document).

    .venv/bin/python bench/components.py [--repeat 3]
"""
from __future__ import annotations

import argparse
import time
from collections import defaultdict
from pathlib import Path

from pipeline.extract.assemble import ASSEMBLY_STEPS
from pipeline.extract.facts import Facts
from pipeline.extract.registry import get_nlp
from pipeline.normalize.document import make_document
from pipeline.sources.base import RawDocument, iter_source
from pipeline.normalize import normalize

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def corpus_documents():
    for item in iter_source(str(CORPUS)):
        if isinstance(item, RawDocument):
            yield normalize(item)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--warmup", type=int, default=1, help="untimed passes first (model loading, caches)")
    args = parser.parse_args()
    nlp = get_nlp()
    documents = list(corpus_documents())
    for _ in range(args.warmup):
        for document in documents:
            doc = nlp.make_doc(document.text)
            doc._.published = document.published
            doc = nlp(doc)
            facts = Facts(document_id=document.id, source=document.source, extractor_version="bench")
            for step in ASSEMBLY_STEPS:
                step(doc, facts)
    timings: dict[str, float] = defaultdict(float)
    words = sum(d.word_count for d in documents) * args.repeat
    for _ in range(args.repeat):
        for document in documents:
            t = time.perf_counter()
            doc = nlp.make_doc(document.text)
            timings["tokenizer"] += time.perf_counter() - t
            doc._.published = document.published
            for name, proc in nlp.pipeline:
                t = time.perf_counter()
                doc = proc(doc)
                timings[name] += time.perf_counter() - t
            facts = Facts(document_id=document.id, source=document.source, extractor_version="bench")
            for step in ASSEMBLY_STEPS:
                t = time.perf_counter()
                step(doc, facts)
                timings[f"{step.__module__.rsplit('.', 1)[-1]}.to_facts"] += time.perf_counter() - t
    n = len(documents) * args.repeat
    total = sum(timings.values())
    for name, seconds in sorted(timings.items(), key=lambda kv: -kv[1]):
        print(f"{name:32s} {1000 * seconds / n:7.2f} ms/doc")
    print(f"{'total':32s} {1000 * total / n:7.2f} ms/doc  ({n / total:.1f} docs/s, {words / total:.0f} words/s, one core)")


if __name__ == "__main__":
    main()
