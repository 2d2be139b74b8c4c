"""python -m pipeline.evaluate GOLD_DIR [--key KEY --errors] [--json OUT]"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from pipeline.evaluate.report import print_errors, print_report
from pipeline.evaluate.runner import evaluate_dir
from pipeline.settings import from_env, set_process_defaults


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m pipeline.evaluate")
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("--key", help="print the errors of this key (e.g. persons, dates, main_event)")
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    set_process_defaults()
    report, results = evaluate_dir(args.gold_dir, from_env())
    if args.key:
        print_errors(results, args.key)
    print_report(report)
    if args.json:
        args.json.write_text(json.dumps(report.to_json(), indent=2))


if __name__ == "__main__":
    main()
