"""The trained Indonesian NER (PER / ORG / LOC) shipped in ``models/ner-id``.

    from pipeline.nlp.ner import load_ner, ner_entities
    ner_entities(["Gubernur Sulawesi Tengah Rusdy Mastura meresmikan jembatan di Palu."])
    # -> [[(9, 24, 'LOC'), (25, 38, 'PER'), (62, 66, 'LOC')]]
"""
from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

try:
    from pipeline.paths import MODELS_DIR
except ImportError:  # pragma: no cover - the package always has paths.py, but keep this module standalone
    MODELS_DIR = Path(__file__).resolve().parents[2] / "models"

NER_MODEL_NAME = "ner-id"
LABELS = ("PER", "ORG", "LOC")
_lock = threading.Lock()


def default_ner_path() -> Path:
    """The shipped ``models/ner-id`` (the `ner_model` setting names another one)."""
    return Path(MODELS_DIR) / NER_MODEL_NAME


WORDS_ONLY_TOKENIZER = "warta.words_only_tokenizer.v1"


def _register_words_only_tokenizer() -> None:
    import spacy
    from spacy.tokenizer import Tokenizer

    if WORDS_ONLY_TOKENIZER in spacy.registry.tokenizers:
        return

    @spacy.registry.tokenizers(WORDS_ONLY_TOKENIZER)
    def make_words_only_tokenizer():
        return lambda nlp: Tokenizer(nlp.vocab)  # no rules: the caller brings Docs already split into words


@lru_cache(maxsize=4)
def _load(path: str, words_only: bool):
    import spacy

    import pipeline.nlp.ner_filter  # noqa: F401  registers cased_entity_filter without the entry point

    if not words_only:
        return spacy.load(path)
    # Building the Indonesian tokenizer's special cases takes seconds (twice: from the config, then from
    # disk); a caller that passes Docs of words never uses it, and every extraction worker loads this model.
    from pipeline.nlp.vector_cache import cache_floret_rows

    _register_words_only_tokenizer()
    nlp = spacy.load(path, exclude=["tokenizer"], config={"nlp": {"tokenizer": {"@tokenizers": WORDS_ONLY_TOKENIZER}}})
    cache_floret_rows(nlp)  # the run-time model only: a pipeline that may be saved keeps its own table
    return nlp


def load_ner(path: Path | None = None, words_only: bool = False):
    """The NER spaCy pipeline (tok2vec + ner), loaded once per path and cached.

    words_only: for callers that pass ``Doc(vocab, words=...)``: the model's tokenizer is not built (the
    same network and vocabulary, a fraction of the load time) and its floret rows are cached
    (`pipeline.nlp.vector_cache`); such a pipeline must not be given strings, nor be saved."""
    path = Path(path) if path is not None else default_ner_path()
    if not (path / "meta.json").exists():
        raise FileNotFoundError(f"no spaCy NER model at {path} (expected meta.json there)")
    with _lock:
        return _load(str(path.resolve()), words_only)


def ner_entities(
    texts: list[str], batch_size: int = 64, path: Path | None = None
) -> list[list[tuple[int, int, str]]]:
    """Named entities of each text as ``(start_char, end_char, label)``, labels PER/ORG/LOC."""
    nlp = load_ner(path)
    return [
        [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]
        for doc in nlp.pipe(texts, batch_size=batch_size)
    ]


@lru_cache(maxsize=8)
def _word_list(path: str, name: str) -> frozenset[str]:
    file = Path(path) / name
    if not file.exists():
        return frozenset()
    return frozenset(w for w in file.read_text(encoding="utf-8").split() if w)


@lru_cache(maxsize=8)
def _shipped_list(name: str) -> frozenset[str]:
    # rules ask for these lists per word: resolving the model path each time cost more than the lookup
    return _word_list(str(default_ner_path().resolve()), name)


def _list_of(path: Path | None, name: str) -> frozenset[str]:
    return _shipped_list(name) if path is None else _word_list(str(Path(path).resolve()), name)


def common_words(path: Path | None = None) -> frozenset[str]:
    """Lowercase words written lowercase most of the time in running text (the list shipped with the NER)."""
    return _list_of(path, "common_words.txt")


def name_openers(path: Path | None = None) -> frozenset[str]:
    """Lowercased words that open persons' names in the NER corpora and rarely stand anywhere else ("siti",
    "rahmat"): the list shipped with the NER."""
    return _list_of(path, "name_openers.txt")


def known_words(path: Path | None = None) -> frozenset[str]:
    """Long words edited running text spells this way again and again (the list shipped with the NER)."""
    return _list_of(path, "known_words.txt")
