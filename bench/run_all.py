"""Run every benchmark, one after the other, with sizes for a quick look or for the full figures.

    python bench/run_all.py               quick: small sizes, a few minutes on an idle 2-core machine
    python bench/run_all.py --full        the sizes of the targets (10k end to end, 1M facts, up to 100k)
    python bench/run_all.py --only store extraction

Each benchmark writes bench/results/NAME.json; this prints a one-line digest per benchmark at the end.
"""
from __future__ import annotations

import argparse
import json
import time

import common  # noqa: F401  (environment first)

# name -> (quick arguments, full arguments); tables, not branches.
PLAN: dict[str, tuple[list[str], list[str]]] = {
    "extraction": (["--n", "40"], ["--n", "400"]),
    "store": (["--facts", "100000"], ["--facts", "1000000"]),
    "end_to_end": (["--n", "60", "--flow-n", "20"], ["--n", "10000", "--flow-n", "1000"]),
    "scaling": (["--sizes", "100", "1000", "--mode", "no-extract"], ["--sizes", "1000", "10000", "100000"]),
    "web_pages": (["--facts", "100000"], ["--facts", "1000000"]),
}


def digest(name: str, result: dict) -> str:
    if name == "extraction":
        return (f"extraction: {result['warta_one_core']['documents_per_second']} docs/s on 1 core, "
                f"{result['warta_processes']['documents_per_second']} on {result['warta_processes']['workers']} "
                f"(tokenizer floor {result['floor_tokenizer']['documents_per_second']} docs/s)")
    if name == "store":
        return (f"store: {result['load']['fact_rows_per_second']} fact rows/s; slowest view "
                f"{result['slowest_view_ms']} ms")
    if name == "end_to_end":
        return (f"end_to_end: {result['first_run']['documents_per_second']} docs/s, peak "
                f"{result['first_run']['peak_rss_mb']} MB, rerun {result['rerun_share_of_first']:.1%} of the first, "
                f"Prefect +{result.get('prefect_cost_seconds')} s")
    if name == "web_pages":
        return (f"web_pages: slowest page {result['slowest_page_ms']} ms (median), "
                f"all under 300 ms: {result['all_under_300_ms']}")
    return "scaling: " + ", ".join(f"{s['releases']}: {s['run_seconds']} s / {s['peak_rss_mb']} MB"
                                   for s in result["sizes"])


def main(argv: list[str] | None = None) -> None:
    import end_to_end
    import extraction
    import scaling
    import store
    import web_pages

    modules = {"extraction": extraction, "store": store, "end_to_end": end_to_end, "scaling": scaling,
               "web_pages": web_pages}
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true")
    parser.add_argument("--only", nargs="+", choices=list(PLAN), default=list(PLAN))
    args = parser.parse_args(argv)
    lines = []
    for name in args.only:
        started = time.perf_counter()
        result = modules[name].main(PLAN[name][1 if args.full else 0])
        lines.append(f"{digest(name, result)}  [{time.perf_counter() - started:.0f} s]")
    print("\n".join(lines))
    print(json.dumps({"done": args.only}))


if __name__ == "__main__":
    main()
