"""`warta run` end to end over a generated corpus into a fresh DuckDB: documents/s, peak RSS, the rerun over
the unchanged corpus, and the cost of the Prefect flow layer.

    python bench/end_to_end.py [--n 10000] [--flow-n N] [--batch-size 32] [--keep DIR]

Runs, each a separate `warta run` process (its peak RSS from os.wait4):
1. --no-flow into a fresh database;  2. the same again (everything unchanged);
3. the Prefect flow (`warta run`, no --no-flow) over the first --flow-n releases into another fresh database,
   compared with a --no-flow run over the same releases.
The rate is also compared with extraction alone (bench/results/extraction.json, one core) when present.
"""
from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from pathlib import Path

import common  # noqa: F401  (environment first)
from common import BENCH, WARTA, machine, run_child, save
from generate_corpus import write_corpus


def warta_run(corpus: Path, db: Path, batch_size: int, flow: bool = False) -> dict:
    summary_path = db.with_suffix(".summary.json")
    cmd = [WARTA, "run", "--corpus", str(corpus), "--db", str(db), "--batch-size", str(batch_size),
           "--json", str(summary_path)]
    if not flow:
        cmd.insert(2, "--no-flow")
    child = run_child(cmd)
    if child.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({child.returncode}): {child.stderr[-2000:]}")
    summary = json.loads(summary_path.read_text())
    return {
        "wall_seconds": round(child.seconds, 2), "run_seconds": summary["seconds"],
        "startup_seconds": round(child.seconds - summary["seconds"], 2),
        "documents": summary["documents_seen"], "new": summary["new"], "unchanged": summary["unchanged"],
        "reextracted": summary["reextracted"],
        "rejected": summary["rejected"], "documents_per_second": summary["documents_per_second"],
        "documents_per_second_wall": round(summary["documents_seen"] / child.seconds, 2),
        "peak_rss_mb": round(child.peak_rss_mb),
    }


def run(n: int = 10000, flow_n: int | None = None, batch_size: int = 32, keep: Path | None = None) -> dict:
    flow_n = n if flow_n is None else min(flow_n, n)
    tmp = Path(tempfile.mkdtemp(prefix="warta-bench-e2e-", dir=keep))
    try:
        corpus = write_corpus(tmp / "corpus", n)
        result = {"benchmark": "end_to_end", "machine": machine(), "releases": n, "batch_size": batch_size}
        result["first_run"] = warta_run(corpus, tmp / "run.duckdb", batch_size)
        for attempt in range(1, 4):
            # Rules edited meanwhile (a shared working copy) change the extractor version and make every
            # document stale: measure again until a rerun sees the corpus really unchanged.
            result["rerun_unchanged"] = warta_run(corpus, tmp / "run.duckdb", batch_size)
            result["rerun_attempts"] = attempt
            if result["rerun_unchanged"]["reextracted"] == 0:
                break
        first, again = result["first_run"], result["rerun_unchanged"]
        result["rerun_share_of_first"] = round(again["wall_seconds"] / first["wall_seconds"], 4)
        result["rerun_share_of_first_excluding_startup"] = round(again["run_seconds"] / first["run_seconds"], 4)

        extraction = BENCH / "results" / "extraction.json"
        if extraction.exists():
            alone = json.loads(extraction.read_text())["warta_one_core"]["documents_per_second"]
            result["extraction_alone_one_core_docs_per_second"] = alone
            result["end_to_end_share_of_extraction"] = round(first["documents_per_second"] / alone, 3)
        if flow_n == 0:
            return result
        small = corpus
        if flow_n < n:
            small = write_corpus(tmp / "flow-corpus", flow_n)
        result["flow_releases"] = flow_n
        result["flow"] = warta_run(small, tmp / "flow.duckdb", batch_size, flow=True)
        result["no_flow_same_releases"] = (first if flow_n == n else
                                           warta_run(small, tmp / "noflow.duckdb", batch_size))
        plain = result["no_flow_same_releases"]
        result["prefect_cost_seconds"] = round(result["flow"]["wall_seconds"] - plain["wall_seconds"], 2)
        result["prefect_cost_share"] = round(result["prefect_cost_seconds"] / plain["wall_seconds"], 3)

        return result
    finally:
        if keep is None:
            shutil.rmtree(tmp, ignore_errors=True)


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10000)
    parser.add_argument("--flow-n", type=int, default=None, help="releases for the flow comparison (default: n; 0: skip it)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--keep", type=Path, default=None, help="make the work folder here and keep it")
    args = parser.parse_args(argv)
    result = run(args.n, args.flow_n, args.batch_size, args.keep)
    save("end_to_end", result)
    return result


if __name__ == "__main__":
    main()
