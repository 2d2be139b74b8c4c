"""What `warta run` and `warta ingest` show: a progress bar on a terminal, and the run summary."""
from __future__ import annotations

import logging
import sys
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

console = Console(stderr=True)
COUNTS = ("documents_seen", "new", "reextracted", "unchanged", "not_modified", "duplicates", "near_duplicates",
          "fetched", "rejected")


@contextmanager
def progress_bar(label: str, total: int | None = None, enabled: bool | None = None):
    """Routes the run's progress (source items whose documents are extracted and loaded) to a rich bar while
    stderr is a terminal; silent otherwise."""
    from pipeline.runs import reporting

    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        yield
        return
    columns = [SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
               MofNCompleteColumn() if total else TextColumn("{task.completed} items"), TimeElapsedColumn()]
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task(label, total=total)
        with reporting(lambda n: bar.advance(task, n)):
            yield


def prefect_logs(verbose: bool) -> None:
    """Prefect's INFO lines (the temporary server starting and stopping, each flow and task run) only when
    `verbose`, for the rest of this command; its warnings and errors always. Call after Prefect is imported:
    its logging setup sets the level on import."""
    if not verbose:
        logging.getLogger("prefect").setLevel(logging.WARNING)


def print_summary(summary: dict) -> None:
    runs = summary.get("runs")
    if runs is not None:  # a config run: one summary per source
        for one in runs:
            print_summary(one)
        return
    out = Console()
    out.print(f"warta run {summary['run_id']}: {summary['corpus']} -> {summary['db']}", soft_wrap=True,
              markup=False, highlight=False)
    table = Table(show_header=False)
    table.add_column(justify="left")
    table.add_column(justify="right")
    if summary.get("kind"):
        how = summary.get("kind_how")
        table.add_row("source kind", summary["kind"] + (f": {how}" if how and how != "given" else ""))
    for key in COUNTS:
        if key in summary:
            table.add_row(key.replace("_", " "), str(summary[key]))
    for kind, n in sorted(summary["facts"].items()):
        table.add_row(f"facts: {kind}", str(n))
    table.add_row("time", f"{summary['seconds']:.1f} s")
    if summary.get("documents_per_second"):
        table.add_row("documents/s", f"{summary['documents_per_second']:.1f}")
    out.print(table)
    for r in summary["rejects"][:50]:
        out.print(f"  rejected: {r['source']}: {r['reason']} ({r['stage']})", markup=False, highlight=False)
    rejected = summary.get("rejected", len(summary["rejects"]))  # the summary keeps the first rejects only
    if rejected > 50:
        out.print(f"  ... and {rejected - 50} more (see the rejects table)")


def count_files(path) -> int | None:
    """Files under a folder (the bar's total); None when unknown (URLs, feeds) or too slow to count."""
    from pathlib import Path

    p = Path(path)
    if p.is_file():
        return None
    if not p.is_dir():
        return None
    n = 0
    for f in p.rglob("*"):
        if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts):
            if f.suffix.lower() in (".json", ".jsonl", ".ndjson"):
                return None  # one file, many records
            n += 1
            if n > 100_000:
                return None
    return n
