"""How the cost of a run grows with the corpus: time and peak memory at 1k, 10k, 100k releases.

    python bench/scaling.py [--sizes 1000 10000 100000] [--mode full|no-extract] [--batch-size 32]

Each size is a fresh generated corpus (.txt files) and a fresh database, run in its own process so its
peak RSS is its own. Memory must stay flat as the corpus grows: everything streams in batches.
- full: `warta run --no-flow`, the real pipeline;
- no-extract: the same run loop (sources, normalize, dedup, register, load, rejects) with extraction
  replaced by empty Facts: the streaming machinery alone, affordable at 100k on a small machine.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

import common  # noqa: F401  (environment first)
from common import WARTA, machine, run_child, save
from generate_corpus import write_corpus


def _empty_facts(documents):
    from pipeline.extract.facts import Facts
    from pipeline.version import extractor_version

    version = extractor_version()
    return [Facts(document_id=d.id, source=d.source, extractor_version=version, published=d.published,
                  title=d.title) for d in documents], []


def child(corpus: str, db: str, batch_size: int, summary_path: str) -> None:
    """The run loop without extraction (runs in its own process)."""
    from pipeline.runs import Stages, run_pipeline

    summary = run_pipeline(corpus, db, batch_size=batch_size, stages=Stages(extract=_empty_facts))
    Path(summary_path).write_text(json.dumps(summary.to_json()))


def one_size(n: int, mode: str, batch_size: int, work: Path) -> dict:
    corpus = write_corpus(work / f"corpus-{n}", n)
    db, summary_path = work / f"run-{n}.duckdb", work / f"summary-{n}.json"
    if mode == "full":
        cmd = [WARTA, "run", "--no-flow", "--corpus", str(corpus), "--db", str(db), "--batch-size",
               str(batch_size), "--json", str(summary_path)]
    else:
        cmd = [sys.executable, __file__, "--child", str(corpus), str(db), str(batch_size), str(summary_path)]
    run = run_child(cmd)
    if run.returncode != 0:
        raise RuntimeError(f"size {n} failed: {run.stderr[-2000:]}")
    summary = json.loads(summary_path.read_text())
    shutil.rmtree(corpus, ignore_errors=True)
    return {"releases": n, "wall_seconds": round(run.seconds, 2), "run_seconds": summary["seconds"],
            "documents_per_second": summary["documents_per_second"], "new": summary["new"],
            "peak_rss_mb": round(run.peak_rss_mb), "db_size_mb": round(db.stat().st_size / 1e6, 1)}


def run(sizes: list[int], mode: str = "full", batch_size: int = 32) -> dict:
    work = Path(tempfile.mkdtemp(prefix="warta-bench-scaling-"))
    try:
        result = {"benchmark": "scaling", "mode": mode, "machine": machine(), "batch_size": batch_size,
                  "sizes": []}
        for n in sizes:
            result["sizes"].append(one_size(n, mode, batch_size, work))
            print(json.dumps(result["sizes"][-1]), file=sys.stderr)
        rss = [s["peak_rss_mb"] for s in result["sizes"]]
        result["rss_growth_largest_vs_smallest"] = round(rss[-1] / rss[0], 2)
        result["seconds_per_document"] = [round(s["run_seconds"] / s["releases"], 5) for s in result["sizes"]]
        result["under_2_gb"] = max(rss) < 2048
        return result
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> dict | None:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--child":
        child(argv[1], argv[2], int(argv[3]), argv[4])
        return None
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--mode", choices=("full", "no-extract"), default="full")
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args(argv)
    result = run(args.sizes, args.mode, args.batch_size)
    save(f"scaling-{args.mode}", result)
    return result


if __name__ == "__main__":
    main()
