"""Extraction throughput (documents/s, words/s) on one core and on two, next to the bare floor.

    python bench/extraction.py [--n 400] [--seed 7] [--workers 2]

Measured in the same run over the same generated releases:
- floor: `spacy.blank("id")` tokenization alone, and the trained NER alone (`pipeline.nlp.ner`) when
  models/ner-id exists;
- warta: `extract_documents` with the default pipeline, in one process and in --workers processes
  (multiprocessing, one thread each). Model/pipeline loading is timed apart and not counted in the rates.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import time

import common  # noqa: F401  (environment first)
from common import machine, peak_rss_mb, save
from generate_corpus import release_text, releases

_NLP = None


def documents(n: int, seed: int):
    from pipeline.normalize.document import make_document

    return [make_document(release_text(r), r["id"], title=r["title"], published=r["published"])
            for r in releases(n, seed)]


def rate(n_docs: int, n_words: int, seconds: float) -> dict:
    return {"documents": n_docs, "words": n_words, "seconds": round(seconds, 3),
            "documents_per_second": round(n_docs / seconds, 1), "words_per_second": round(n_words / seconds)}


def floor_tokenizer(texts: list[str], words: int) -> dict:
    import spacy

    started = time.perf_counter()
    nlp = spacy.blank("id")
    load = time.perf_counter() - started
    started = time.perf_counter()
    for text in texts:
        nlp.make_doc(text)
    return {**rate(len(texts), words, time.perf_counter() - started), "load_seconds": round(load, 2)}


def floor_ner(texts: list[str], words: int) -> dict | None:
    from pipeline.nlp.ner import default_ner_path, load_ner

    if not (default_ner_path() / "meta.json").exists():
        return None
    started = time.perf_counter()
    nlp = load_ner()
    load = time.perf_counter() - started
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return {**rate(len(texts), words, time.perf_counter() - started), "load_seconds": round(load, 2)}


def _extract(docs) -> int:
    from pipeline.extract.run import extract_documents

    failed = 0
    for result in extract_documents(docs, _NLP):
        failed += not hasattr(result, "document_id")
    return failed


def warta_one_core(docs, words: int) -> dict:
    global _NLP
    from pipeline.extract.registry import get_nlp

    started = time.perf_counter()
    import pipeline.extract  # noqa: F401

    _NLP = get_nlp()
    _extract(docs[:2])  # first-call costs (lazy tables) belong to loading
    load = time.perf_counter() - started
    started = time.perf_counter()
    failed = _extract(docs)
    return {**rate(len(docs), words, time.perf_counter() - started), "load_seconds": round(load, 2),
            "failed": failed}


def _init_worker(barrier, warm) -> None:
    global _NLP
    from pipeline.extract.registry import get_nlp

    _NLP = get_nlp()
    _extract(warm)
    barrier.wait()


def warta_processes(docs, words: int, workers: int) -> dict:
    ctx = mp.get_context("fork")
    barrier = ctx.Barrier(workers + 1)
    started = time.perf_counter()
    with ctx.Pool(workers, initializer=_init_worker, initargs=(barrier, docs[:2])) as pool:
        barrier.wait()
        load = time.perf_counter() - started
        chunks = [docs[i:i + 8] for i in range(0, len(docs), 8)]
        started = time.perf_counter()
        failed = sum(pool.map(_extract, chunks, chunksize=1))
        seconds = time.perf_counter() - started
    return {**rate(len(docs), words, seconds), "workers": workers, "load_seconds": round(load, 2),
            "failed": failed}


def run(n: int = 400, seed: int = 7, workers: int = 2) -> dict:
    docs = documents(n, seed)
    texts = [d.text for d in docs]
    words = sum(len(t.split()) for t in texts)
    result = {"benchmark": "extraction", "machine": machine(), "releases": n, "mean_words": round(words / n),
              "floor_tokenizer": floor_tokenizer(texts, words), "floor_ner": floor_ner(texts, words)}
    # Processes first: they fork before this process has built the pipeline, like real workers would.
    result["warta_processes"] = warta_processes(docs, words, workers)
    result["warta_one_core"] = warta_one_core(docs, words)
    one = result["warta_one_core"]["documents_per_second"]
    result["ratios"] = {
        "warta_vs_tokenizer": round(one / result["floor_tokenizer"]["documents_per_second"], 4),
        "warta_vs_ner": (round(one / result["floor_ner"]["documents_per_second"], 4)
                         if result["floor_ner"] else None),
        "speedup_processes": round(result["warta_processes"]["documents_per_second"] / one, 2),
    }
    result["target_50_docs_per_s_on_2_cores"] = result["warta_processes"]["documents_per_second"] >= 50
    result["peak_rss_mb_parent"] = round(peak_rss_mb())
    return result


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    result = run(args.n, args.seed, args.workers)
    save("extraction", result)
    return result


if __name__ == "__main__":
    main()
