"""The notebooks run top to bottom against the corpus store and an empty store; none carries outputs."""
from __future__ import annotations

import os
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = sorted((Path(__file__).resolve().parents[2] / "notebooks").glob("*.ipynb"))


def execute(path: Path, db: Path, kernel: str) -> nbformat.NotebookNode:
    nb = nbformat.read(path, as_version=4)
    old = os.environ.get("WARTA_DB")
    os.environ["WARTA_DB"] = str(db)  # the kernel process inherits it
    try:
        NotebookClient(nb, kernel_name=kernel, timeout=180, resources={"metadata": {"path": str(db.parent)}}).execute()
    finally:
        if old is None:
            os.environ.pop("WARTA_DB", None)
        else:
            os.environ["WARTA_DB"] = old
    return nb


def test_there_are_notebooks():
    assert {p.name for p in NOTEBOOKS} >= {"policy-themes.ipynb", "people-and-institutions.ipynb"}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_on_the_corpus(path, corpus_db, kernel_name):
    nb = execute(path, corpus_db, kernel_name)
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.output_type == "error"]
    assert not errors


@pytest.mark.reliability  # ~25 s for both; the corpus run above is the default check
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_on_an_empty_store(path, empty_db, kernel_name):
    nb = execute(path, empty_db, kernel_name)
    text = "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []))
    assert "No " in text  # says there is nothing yet rather than drawing empty charts


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_committed_without_outputs(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"strip outputs of {path.name}"
    assert any(c.cell_type == "markdown" for c in nb.cells)


def test_notebook_finds_the_project_database_from_notebooks_folder(corpus_db, kernel_name, tmp_path):
    """Started from notebooks/ with no WARTA_DB, a notebook reads the project's warta.duckdb."""
    import shutil

    project = tmp_path / "project"
    (project / "notebooks").mkdir(parents=True)
    (project / "pyproject.toml").write_text('[project]\nname = "warta"\n')
    shutil.copy(corpus_db, project / "warta.duckdb")
    path = NOTEBOOKS[0]
    nb = nbformat.read(path, as_version=4)
    old = os.environ.pop("WARTA_DB", None)
    try:
        NotebookClient(nb, kernel_name=kernel_name, timeout=180,
                       resources={"metadata": {"path": str(project / "notebooks")}}).execute()
    finally:
        if old is not None:
            os.environ["WARTA_DB"] = old
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    assert "33" in str(outputs[0])  # the first cell counts the corpus documents
