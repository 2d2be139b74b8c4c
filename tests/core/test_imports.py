"""The package's import structure: every module imports alone, and the rooms of pipeline/ form no cycle.

A room is a subpackage of pipeline/ (sources, normalize, nlp, extract, ...) or a top-level module
(runs.py, parallel.py, records.py, ...). Imports are read from the source (ast), including those inside
functions: a lazy import is still a dependency.
"""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "pipeline"
# Modules run as programs rather than imported.
NOT_IMPORTABLE = {"pipeline.cli.__main__", "pipeline.evaluate.__main__"}
BATCHES = 2  # fresh interpreters (each pays for importing spaCy, torch, Prefect once)


def module_names() -> list[str]:
    names = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        name = ".".join(parts)
        if name not in NOT_IMPORTABLE:
            names.append(name)
    return names


def room_of(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "pipeline" or len(parts) < 2:
        return None
    top = parts[1]
    return top if (PACKAGE / top).is_dir() or (PACKAGE / f"{top}.py").exists() else None


def imported_modules(path: Path, module: str) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)  # `from pipeline import runs`
    return found


def room_graph() -> dict[str, dict[str, set[str]]]:
    """room -> the rooms it imports -> the modules doing so (for the failure message)."""
    graph: dict[str, dict[str, set[str]]] = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        module = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        room = room_of(module)
        if room is None:
            continue
        for target in imported_modules(path, module):
            other = room_of(target)
            if other and other != room:
                graph.setdefault(room, {}).setdefault(other, set()).add(module)
    return graph


def find_cycle(graph: dict[str, dict[str, set[str]]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(room: str) -> list[str] | None:
        state[room] = 1
        stack.append(room)
        for other in sorted(graph.get(room, {})):
            if state.get(other) == 1:
                return stack[stack.index(other):] + [other]
            if other not in state and (cycle := visit(other)):
                return cycle
        stack.pop()
        state[room] = 2
        return None

    for room in sorted(graph):
        if room not in state and (cycle := visit(room)):
            return cycle
    return None


def test_no_import_cycle_between_rooms():
    graph = room_graph()
    cycle = find_cycle(graph)
    if cycle:
        edges = [f"{a} -> {b} (in {', '.join(sorted(graph[a][b]))})" for a, b in zip(cycle, cycle[1:])]
        pytest.fail("import cycle between rooms:\n  " + "\n  ".join(edges))


def test_the_cycle_finder_sees_a_cycle():
    graph = {"a": {"b": {"pipeline.a.x"}}, "b": {"c": {"pipeline.b.y"}}, "c": {"a": {"pipeline.c.z"}}}
    assert find_cycle(graph) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b": {"m"}}, "b": {}}) is None


def test_lower_rooms_never_import_the_records_of_higher_ones():
    graph = room_graph()
    # the records are plain dataclasses: reaching them must not pull a room's components in
    assert "extract" not in graph.get("nlp", {}), graph.get("nlp", {}).get("extract")
    assert "extract" not in graph.get("resolve", {}), graph.get("resolve", {}).get("extract")
    assert not graph.get("records"), "pipeline.records imports other rooms"


_PROBE = """
import importlib, sys
failed = []
for name in sys.argv[1:]:
    before = set(sys.modules)
    try:
        importlib.import_module(name)
    except Exception as exc:
        failed.append(f"{name}: {type(exc).__name__}: {exc}")
    # forget what this import loaded (pipeline modules only), so the next one starts alone
    for loaded in set(sys.modules) - before:
        if loaded == "pipeline" or loaded.startswith("pipeline."):
            del sys.modules[loaded]
print("\\n".join(failed))
"""


@pytest.mark.parametrize("batch", range(BATCHES))
def test_every_module_imports_alone(batch):
    """Each module imported first in a fresh set of pipeline modules (third-party ones stay loaded: the
    question is the order of warta's own imports, and reloading torch for each would take minutes)."""
    names = module_names()[batch::BATCHES]
    proc = subprocess.run([sys.executable, "-c", _PROBE, *names], capture_output=True, text=True, timeout=300,
                          cwd=PACKAGE.parent)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.strip() == "", proc.stdout


def test_records_import_nothing_heavy():
    code = ("import sys, pipeline.records, pipeline.extract.facts, pipeline.nlp.state\n"
            "heavy = [m for m in ('spacy', 'torch', 'duckdb', 'prefect', 'stanza', 'pipeline.extract.persons') "
            "if m in sys.modules]\n"
            "print(heavy)")
    # nlp.state holds spaCy Doc extensions, so spaCy is allowed there: check the records alone first
    alone = subprocess.run([sys.executable, "-c", "import sys, pipeline.records\n"
                            "print([m for m in ('spacy', 'torch', 'duckdb', 'prefect', 'numpy') if m in sys.modules])"],
                           capture_output=True, text=True, timeout=60, cwd=PACKAGE.parent)
    assert alone.returncode == 0, alone.stderr
    assert alone.stdout.strip() == "[]"
    both = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          cwd=PACKAGE.parent)
    assert both.returncode == 0, both.stderr
    assert "pipeline.extract.persons" not in both.stdout  # the extractors are not pulled in by the records


def test_the_shipped_package_never_imports_the_experiments():
    users = sorted(str(path.relative_to(PACKAGE.parent)) for path in PACKAGE.rglob("*.py")
                   if any(m == "experiments" or m.startswith("experiments.")
                          for m in imported_modules(path, "pipeline.x")))
    assert users == [], f"pipeline/ imports experiments/ (not in the distribution): {users}"
