"""Subword word vectors (floret) for the NER, trained here on the Indonesian text that is at hand.

No pretrained Indonesian vectors can be downloaded here, so warta trains its own from raw text:
the *train* splits of the NER corpora (their text only, never dev or test), the UD training text,
the releases in ``corpus/``, and, when the MIT-licensed ``nlp-id`` package is installed, the
news sentences of its POS data set (about half a million words of Indonesian news).

floret stores subword hashes in a small fixed table, so every word, also one never seen, gets a
vector, and the table size does not grow with the vocabulary. Text is lowercased (the vectors
are looked up by ``LOWER``; capitalisation reaches the model through the SHAPE feature).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from pipeline.train.ner_data import CORPORA, read_corpus, resolve_ner_root

UD_TRAIN_FILES = ("UD_Indonesian-CSUI/id_csui-ud-train.conllu", "UD_Indonesian-GSD/id_gsd-ud-dev.conllu")

# floret settings (https://github.com/explosion/floret): 2 hashes per subword into 50k rows.
FLORET_DEFAULTS = {
    "model": "skipgram",
    "mode": "floret",
    "hashCount": 2,
    "bucket": 50000,
    "minn": 3,
    "maxn": 5,
    "dim": 96,
    "epoch": 10,
    "minCount": 2,
    "thread": 1,
    "verbose": 0,
}

# A tiny table for tests and smoke runs.
QUICK_FLORET = {"bucket": 2000, "dim": 16, "epoch": 1, "minCount": 1}
QUICK_MAX_SENTENCES = 2000

_TOKEN_RE = re.compile(r"\w+(?:[-.']\w+)*|[^\w\s]", re.UNICODE)


def tokenize(text: str) -> list[str]:
    return _TOKEN_RE.findall(text)


def ner_train_sentences(data_root: Path) -> Iterator[list[str]]:
    for corpus in CORPORA:
        for sentence in read_corpus(data_root, corpus, "train"):
            yield sentence.tokens


def ud_sentences(ud_root: Path) -> Iterator[list[str]]:
    from pipeline.train.stanza_train import read_conllu_sentences

    for name in UD_TRAIN_FILES:
        path = Path(ud_root) / name
        if not path.exists():
            continue
        for block in read_conllu_sentences(path):
            rows = [line.split("\t") for line in block.splitlines() if line and not line.startswith("#")]
            words = [cols[1] for cols in rows if len(cols) > 1 and cols[0].isdigit()]
            if words:
                yield words


def release_sentences(source: Path) -> Iterator[list[str]]:
    from pipeline.normalize.document import normalize
    from pipeline.rejects import Reject, RejectError
    from pipeline.sources.base import iter_source

    for item in iter_source(str(source)):
        if isinstance(item, Reject):
            continue
        try:
            document = normalize(item, check_language=False, min_words=1)
        except RejectError:
            continue
        for line in document.text.splitlines():
            tokens = tokenize(line)
            if len(tokens) > 2:
                yield tokens


def read_pos_sentences(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    """(tokens, tags) of a ``token<TAB>tag`` file with blank lines between sentences."""
    tokens: list[str] = []
    tags: list[str] = []
    with Path(path).open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip():
                if tokens:
                    yield tokens, tags
                tokens, tags = [], []
                continue
            token, _, tag = line.partition("\t")
            if token.strip():
                tokens.append(token.strip())
                tags.append(tag.strip())
    if tokens:
        yield tokens, tags


def nlp_id_data_file() -> Path | None:
    """The POS data file of the ``nlp-id`` package, found without importing the package.

    Install it with ``pip install --no-deps nlp-id``: its pinned dependencies are not needed to
    read a text file.
    """
    import importlib.util

    spec = importlib.util.find_spec("nlp_id")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "data" / "dataset_postag.txt"
    return path if path.exists() else None


def nlp_id_sentences() -> Iterator[list[str]]:
    """Sentences of the POS data set inside the ``nlp-id`` package (token<TAB>tag lines)."""
    path = nlp_id_data_file()
    if path is not None:
        yield from (tokens for tokens, _ in read_pos_sentences(path))


def raw_sentences(data_root: Path, ud_root: Path | None = None, releases: Path | None = None) -> dict[str, list]:
    """Raw tokenised sentences by source (the NER train splits, UD, releases, nlp-id)."""
    data_root = Path(data_root)
    ud_root = Path(ud_root) if ud_root else resolve_ner_root(data_root).parent / "ud"
    sources = {
        "ner_train": list(ner_train_sentences(data_root)),
        "ud": list(ud_sentences(ud_root)),
        "nlp_id": list(nlp_id_sentences()),
    }
    if releases is not None:
        sources["releases"] = list(release_sentences(Path(releases)))
    return sources


def write_text(sentences: Iterable[list[str]], path: Path) -> dict:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = words = 0
    with path.open("w", encoding="utf-8") as handle:
        for tokens in sentences:
            handle.write(" ".join(tokens).lower() + "\n")
            lines += 1
            words += len(tokens)
    return {"sentences": lines, "words": words}


def to_spacy_vectors(floret_path: Path, spacy_dir: Path, name: str = "warta_id_floret") -> Path:
    """A blank Indonesian spaCy pipeline holding the floret table (``spacy init vectors`` in Python)."""
    import spacy
    from spacy.training.initialize import convert_vectors

    nlp = spacy.blank("id")
    convert_vectors(nlp, Path(floret_path), truncate=0, prune=-1, name=name, mode="floret", attr="LOWER")
    nlp.to_disk(spacy_dir)
    return spacy_dir


def train_vectors(
    data_root: Path,
    out_dir: Path,
    releases: Path | None = None,
    settings: dict | None = None,
    quick: bool = False,
) -> dict:
    """Train floret vectors and turn them into a spaCy vectors pipeline at ``out_dir/spacy``.

    Returns the counts per source and the path to pass as ``paths.vectors`` to the NER config.
    ``quick`` uses the first sentences only (for tests).
    """
    import floret

    out_dir = Path(out_dir).resolve()
    sources = raw_sentences(data_root, releases=releases)
    counts = {}
    text_path = out_dir / "raw.txt"
    all_sentences = [s for sentences in sources.values() for s in sentences]
    if quick:
        all_sentences = all_sentences[:QUICK_MAX_SENTENCES]
    counts["total"] = write_text(all_sentences, text_path)
    counts.update({name: len(sentences) for name, sentences in sources.items()})
    params = dict(FLORET_DEFAULTS, **(settings or {}))
    model = floret.train_unsupervised(str(text_path), **params)
    floret_path = out_dir / "vectors.floret"
    model.save_floret_vectors(str(floret_path))
    spacy_dir = out_dir / "spacy"
    to_spacy_vectors(floret_path, spacy_dir)
    return {"counts": counts, "settings": params, "vectors": str(spacy_dir)}
