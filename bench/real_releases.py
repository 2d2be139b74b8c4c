"""`warta extract`, `warta run --no-flow` and `warta run` (the Prefect flow, its temporary server included)
side by side on the same real releases (../shared/data/releases/releases.jsonl, read at run time and written
to a temporary folder, never into the repository): wall-clock documents/s of each, and the ratios of the runs
to extraction.

    python bench/real_releases.py [--n N] [--batch-size 32]

--n above the releases there repeats them, each copy with one varied closing sentence (a new document id, the
same extraction work); the default is the releases as they are.
"""
from __future__ import annotations

import argparse
import json
import shutil
import tempfile
import time
from pathlib import Path

import common  # noqa: F401  (environment first)
from common import REPO, WARTA, machine, run_child, save

RELEASES = REPO.parent / "shared" / "data" / "releases" / "releases.jsonl"


def write_releases(folder: Path, n: int | None) -> int:
    rows = [json.loads(line) for line in RELEASES.read_text(encoding="utf-8").splitlines() if line.strip()]
    n = n or len(rows)
    folder.mkdir(parents=True)
    for i in range(n):
        row = rows[i % len(rows)]
        text = row["text"] if i < len(rows) else f"{row['text']}\n\nSalinan {i // len(rows)} untuk pengujian."
        (folder / f"r{i:05d}.txt").write_text(text, encoding="utf-8")
    return n


def timed(cmd: list[str], out: Path | None = None) -> float:
    started = time.perf_counter()
    child = run_child(cmd)
    if child.returncode not in (0, 1):  # extract exits 1 when some input was rejected
        raise RuntimeError(f"{' '.join(cmd)} failed ({child.returncode}): {child.stderr[-2000:]}")
    return time.perf_counter() - started


def run(n: int | None, batch_size: int) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="warta-bench-real-"))
    try:
        corpus = tmp / "releases"
        count = write_releases(corpus, n)
        result = {"benchmark": "real_releases", "machine": machine(), "releases": count,
                  "distinct_releases": min(count, sum(1 for _ in RELEASES.open(encoding="utf-8"))),
                  "batch_size": batch_size}
        modes = {
            "extract": [WARTA, "extract", str(corpus)],
            "run_no_flow": [WARTA, "run", "--no-flow", "--corpus", str(corpus), "--db", str(tmp / "a.duckdb"),
                            "--batch-size", str(batch_size), "--json", str(tmp / "a.json")],
            "run_flow": [WARTA, "run", "--corpus", str(corpus), "--db", str(tmp / "b.duckdb"),
                         "--batch-size", str(batch_size), "--json", str(tmp / "b.json")],
        }
        for name, cmd in modes.items():
            seconds = timed(cmd)
            result[name] = {"wall_seconds": round(seconds, 2), "documents_per_second": round(count / seconds, 2)}
        base = result["extract"]["documents_per_second"]
        for name in ("run_no_flow", "run_flow"):
            result[name]["share_of_extract"] = round(result[name]["documents_per_second"] / base, 3)
        return result
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=None, help="releases (default: those in releases.jsonl)")
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args(argv)
    result = run(args.n, args.batch_size)
    save("real_releases", result)
    print(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    main()
