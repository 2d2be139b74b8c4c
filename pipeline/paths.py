"""Where warta finds its data tables and models."""
import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
REPO_DIR = PACKAGE_DIR.parent
MODELS_DIR = Path(os.environ.get("WARTA_MODELS_DIR", REPO_DIR / "models"))
CORPUS_DIR = REPO_DIR / "corpus"
DEFAULT_DB = Path("warta.duckdb")
