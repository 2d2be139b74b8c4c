"""Where warta finds its data tables and models."""
from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
REPO_DIR = PACKAGE_DIR.parent
# pipeline/models is the models/ folder (a link in the repository, a copy in an installed wheel)
MODELS_DIR = Path(os.environ.get("WARTA_MODELS_DIR", PACKAGE_DIR / "models"))
CORPUS_DIR = REPO_DIR / "corpus"
DEFAULT_DB = Path("warta.duckdb")

PROJECT_MARKER = "pyproject.toml"


def find_database(start: str | Path | None = None, environ: dict[str, str] | None = None) -> Path:
    """The store a notebook or script means when it is not told: WARTA_DB when set, else the nearest
    warta.duckdb in `start` (default: the working folder) or a folder above it, else the database of the
    project folder above it (the one holding pyproject.toml), which must exist."""
    environ = os.environ if environ is None else environ
    if environ.get("WARTA_DB"):
        return Path(environ["WARTA_DB"]).expanduser()
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / DEFAULT_DB).is_file():
            return folder / DEFAULT_DB
    for folder in (here, *here.parents):
        if (folder / PROJECT_MARKER).is_file():
            raise FileNotFoundError(
                f"no warta database in the project at {folder}: run `make run` there (or `warta run --db ...`), "
                f"or set WARTA_DB to the store to read")
    raise FileNotFoundError(f"no warta database found in {here} or a folder above it: set WARTA_DB to the store "
                            f"to read (e.g. WARTA_DB=/path/to/warta.duckdb)")
