"""The extractor version: package version plus a digest of the rules and models it reads.

Changing a data table or shipping a new model changes the version, so stored documents are re-extracted.
"""
import hashlib
from functools import lru_cache
from pathlib import Path

from pipeline import __version__
from pipeline.paths import DATA_DIR, MODELS_DIR


def _digest_files(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for path in sorted(paths):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:8]


@lru_cache(maxsize=1)
def extractor_version() -> str:
    data_files = [p for p in DATA_DIR.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    model_metas = list(MODELS_DIR.glob("*/meta.json")) + list(MODELS_DIR.glob("*/*.json"))
    return f"{__version__}+{_digest_files(data_files + model_metas)}"
