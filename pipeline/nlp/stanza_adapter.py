"""A small adapter around stanza's Indonesian pipeline, loaded from local files only.

By default the models trained by ``pipeline.train.stanza_train`` and shipped in
``models/stanza-id`` are used (``id/<processor>/warta.pt`` plus a ``resources.json``).
To use other models instead, e.g. the official stanza Indonesian models downloaded on another
machine, point the ``stanza_dir`` setting (or the ``model_dir`` argument) at a directory in stanza's
standard layout: ``<dir>/resources.json`` and ``<dir>/id/<processor>/<package>.pt``. If that
resources.json describes Indonesian, stanza resolves the packages itself; otherwise one ``.pt``
per processor is picked from ``<dir>/id/<processor>/`` (``warta.pt``, else ``gsd*.pt``, else the
first), with a pretrain from ``<dir>/id/pretrain/`` and charlms from ``<dir>/id/*_charlm/`` when
present.

Nothing is ever downloaded (``download_method=None``).
"""
from __future__ import annotations

import json
import threading
from functools import lru_cache
from pathlib import Path
from typing import Sequence

try:
    from pipeline.paths import MODELS_DIR
except ImportError:  # pragma: no cover
    MODELS_DIR = Path(__file__).resolve().parents[2] / "models"

DEFAULT_PROCESSORS = "tokenize,mwt,pos,lemma"
_PREFERRED_PACKAGES = ("warta", "gsd", "csui")

_lock = threading.Lock()


def stanza_dir(model_dir: Path | str | None = None) -> Path:
    """The model directory: the argument (the `stanza_dir` setting), else ``models/stanza-id``."""
    if model_dir is not None:
        return Path(model_dir)
    return Path(MODELS_DIR) / "stanza-id"


def _pick(folder: Path) -> Path | None:
    files = sorted(folder.glob("*.pt")) if folder.is_dir() else []
    if not files:
        return None
    for package in _PREFERRED_PACKAGES:
        for f in files:
            if f.stem == package or f.stem.startswith(package):
                return f
    return files[0]


def _resources_know_indonesian(model_dir: Path) -> bool:
    try:
        resources = json.loads((model_dir / "resources.json").read_text())
    except (OSError, ValueError):
        return False
    return isinstance(resources, dict) and "id" in resources


def local_model_paths(model_dir: Path, processors: Sequence[str]) -> dict[str, str]:
    """Explicit ``<processor>_model_path`` (and pretrain/charlm) arguments for stanza.Pipeline."""
    lang_dir = Path(model_dir) / "id"
    kwargs: dict[str, str] = {}
    for processor in processors:
        model = _pick(lang_dir / processor)
        if model is None:
            raise FileNotFoundError(f"no stanza {processor} model (*.pt) in {lang_dir / processor}")
        kwargs[f"{processor}_model_path"] = str(model)
    pretrain = _pick(lang_dir / "pretrain")
    forward = _pick(lang_dir / "forward_charlm")
    backward = _pick(lang_dir / "backward_charlm")
    for processor in processors:
        if processor in ("pos", "depparse", "ner", "sentiment") and pretrain is not None:
            kwargs[f"{processor}_pretrain_path"] = str(pretrain)
        if processor in ("pos", "depparse", "lemma", "ner") and forward is not None:
            kwargs[f"{processor}_forward_charlm_path"] = str(forward)
            if backward is not None:
                kwargs[f"{processor}_backward_charlm_path"] = str(backward)
    return kwargs


def build_pipeline(model_dir: Path, processors: str = DEFAULT_PROCESSORS, **kwargs):
    """A new stanza.Pipeline for Indonesian from ``model_dir`` (no caching, no download)."""
    import stanza

    model_dir = Path(model_dir)
    if not (model_dir / "resources.json").exists():
        raise FileNotFoundError(f"{model_dir} has no resources.json (an empty {{}} is enough)")
    names = [p.strip() for p in processors.split(",") if p.strip()]
    options = {"use_gpu": False, "logging_level": "WARN", **kwargs}
    if not _resources_know_indonesian(model_dir):
        options.update(local_model_paths(model_dir, names))
    return stanza.Pipeline(
        "id", dir=str(model_dir), processors=",".join(names), download_method=None, **options
    )


@lru_cache(maxsize=4)
def _cached(model_dir: str, processors: str):
    return build_pipeline(Path(model_dir), processors)


def load_stanza(model_dir: Path | None = None, processors: str = DEFAULT_PROCESSORS):
    """The Indonesian stanza pipeline from local files, built once per (directory, processors)."""
    path = stanza_dir(model_dir).resolve()
    with _lock:
        return _cached(str(path), processors)


def lemmatize(
    texts: list[str], model_dir: Path | None = None, processors: str = DEFAULT_PROCESSORS
) -> list[list[tuple[str, str, str]]]:
    """``(word, lemma, upos)`` for every syntactic word of each text, all texts in one batch."""
    import stanza

    if not texts:
        return []
    nlp = load_stanza(model_dir, processors)
    docs = nlp([stanza.Document([], text=text) for text in texts])
    return [
        [(word.text, word.lemma or word.text, word.upos or "") for sent in doc.sentences for word in sent.words]
        for doc in docs
    ]
