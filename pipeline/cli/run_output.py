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
    stderr is a terminal; silent otherwise. Yields the callback to pass as the run's progress hook
    (RunContext.progress), called with the items of each batch; None when silent."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        yield None
        return
    columns = [SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
               MofNCompleteColumn() if total else TextColumn("{task.completed} items"), TimeElapsedColumn()]
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda n: bar.advance(task, n)


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


def count_files(path, limit: int = 100_000) -> int | None:
    """The items a files run will see under a folder (the bar's total): one per file, one per line of a JSON
    Lines file, one per element of a JSON array; README and dot-files skipped as the adapter skips them. None
    when unknown (a single file, URLs, feeds) or more than `limit`."""
    from pathlib import Path

    from pipeline.sources.files import MAX_FILE_BYTES, _hidden

    root = Path(path)
    if not root.is_dir():
        return None
    n = 0
    for f in root.rglob("*"):
        if not f.is_file() or _hidden(f, root):
            continue
        n += _items_in(f) if f.stat().st_size <= MAX_FILE_BYTES else 1
        if n > limit:
            return None
    return n


def _items_in(path) -> int:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return sum(1 for line in path.read_bytes().splitlines() if line.strip()) or 1
    if suffix == ".json":
        import json

        try:
            value = json.loads(path.read_bytes())
        except ValueError:
            return 1
        return max(1, len(value)) if isinstance(value, list) else 1
    return 1
