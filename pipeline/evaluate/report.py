"""Print evaluation figures as a table, and the per-document errors of one key."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table

from pipeline.evaluate.runner import DocumentResult
from pipeline.evaluate.scoring import EVENT_FIELDS, LIST_KEYS, Report


def print_report(report: Report, console: Console | None = None) -> None:
    console = console or Console()
    table = Table(title=f"warta eval: {report.documents} documents")
    for col in ("key", "precision", "recall", "F1", "tp", "fp", "fn"):
        table.add_column(col, justify="left" if col == "key" else "right")
    for key, c in report.counts.items():
        table.add_row(key, f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}", str(c.tp), str(c.fp), str(c.fn))
    table.add_row("topics (top-1 accuracy)", "", "", f"{report.topics_top1:.3f}", "", "", "")
    for f in ("present", *EVENT_FIELDS):
        table.add_row(f"main_event.{f} (accuracy)", "", "", f"{report.event_accuracy[f]:.3f}", "", "", "")
    table.add_row("macro average", "", "", f"{report.macro_f1:.3f}", "", "", "")
    console.print(table)


def print_errors(results: list[DocumentResult], key: str, console: Console | None = None) -> None:
    console = console or Console()
    for r in results:
        if key == "main_event":
            wrong = {f: ((r.gold.get("main_event") or {}).get(f), (r.pred.get("main_event") or {}).get(f))
                     for f, ok in r.scores["main_event"].items() if not ok and f != "present"}
            if wrong or not r.scores["main_event"]["present"]:
                console.print(f"[bold]{r.name}[/bold]")
                for f, (g, p) in wrong.items():
                    console.print(f"  {f}: gold={g!r} pred={p!r}", markup=False)
            continue
        if key == "topics_top1":
            if not r.scores["topics_top1"]:
                console.print(f"{r.name}: gold={r.gold['topics']} pred={r.pred['topics']}", markup=False)
            continue
        m = r.scores[key]
        if m.missed or m.spurious:
            console.print(f"[bold]{r.name}[/bold]")
            for item in m.missed:
                console.print(f"  missed:   {item}", markup=False)
            for item in m.spurious:
                console.print(f"  spurious: {item}", markup=False)


def document_errors(r: DocumentResult) -> dict:
    """One document's errors: per list key the gold items missed and the predicted items that match no gold
    item; the topic top-1 when wrong; the main event's wrong fields as gold and predicted values."""
    out: dict = {}
    for key in LIST_KEYS:
        m = r.scores[key]
        if m.missed or m.spurious:
            out[key] = {"missed": m.missed, "spurious": m.spurious}
    if not r.scores["topics_top1"]:
        out["topics_top1"] = {"gold": r.gold.get("topics", [])[:1], "pred": r.pred.get("topics", [])[:1]}
    gold_event, pred_event = r.gold.get("main_event"), r.pred.get("main_event")
    wrong = {f: {"gold": (gold_event or {}).get(f), "pred": (pred_event or {}).get(f)}
             for f, ok in r.scores["main_event"].items() if not ok and f != "present"}
    if not r.scores["main_event"]["present"]:
        wrong["present"] = {"gold": gold_event is not None, "pred": pred_event is not None}
    if wrong:
        out["main_event"] = wrong
    return out


def print_all_errors(results: list[DocumentResult], console: Console | None = None) -> None:
    console = console or Console()
    for r in results:
        errors = document_errors(r)
        if not errors:
            continue
        console.print(f"[bold]{r.name}[/bold]")
        for key, value in errors.items():
            if key in LIST_KEYS:
                for item in value["missed"]:
                    console.print(f"  {key}  missed:   {item}", markup=False, soft_wrap=True)
                for item in value["spurious"]:
                    console.print(f"  {key}  spurious: {item}", markup=False, soft_wrap=True)
            elif key == "topics_top1":
                console.print(f"  topics top-1  gold={value['gold']} pred={value['pred']}", markup=False)
            else:
                for f, gp in value.items():
                    console.print(f"  main_event.{f}  gold={gp['gold']!r} pred={gp['pred']!r}", markup=False,
                                  soft_wrap=True)
