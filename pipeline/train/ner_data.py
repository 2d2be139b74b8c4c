"""Readers for the Indonesian NER corpora and conversion to spaCy DocBin files.

Three corpora are read in place (never copied) from a data root laid out as::

    <root>/nergrit/{train,valid,test}_preprocess.txt   token<TAB>label, LF
    <root>/nerp/{train,valid,test}_preprocess.txt      token<TAB>label, LF, all lowercase,
                                                       some stray I- tags
    <root>/idner-news-2k/{train,dev,test}.txt          token POS NER (spaces), CRLF

Their label sets are mapped onto one set, PER / ORG / LOC:

    NERGrit  PERSON -> PER, ORGANISATION -> ORG, PLACE -> LOC
    NERP     PPL -> PER, IND -> ORG, PLC -> LOC (EVT and FNB become O)
    idner    PER, ORG, LOC unchanged

`build_ner_data` writes one DocBin per corpus and split (``nergrit-train.spacy``, ...) plus the
union ``train.spacy`` / ``dev.spacy`` used for training.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Sequence

LABELS = ("PER", "ORG", "LOC")
DEFAULT_BUILD_DIR = Path(__file__).resolve().parents[2] / "build" / "ner"  # git-ignored
SPLITS = ("train", "dev", "test")


@dataclass(frozen=True)
class CorpusSpec:
    name: str
    folder: str
    files: dict[str, str]
    separator: str | None  # None: any whitespace
    label_map: dict[str, str]


CORPORA: dict[str, CorpusSpec] = {
    "nergrit": CorpusSpec(
        "nergrit",
        "nergrit",
        {"train": "train_preprocess.txt", "dev": "valid_preprocess.txt", "test": "test_preprocess.txt"},
        "\t",
        {"PERSON": "PER", "ORGANISATION": "ORG", "PLACE": "LOC"},
    ),
    "nerp": CorpusSpec(
        "nerp",
        "nerp",
        {"train": "train_preprocess.txt", "dev": "valid_preprocess.txt", "test": "test_preprocess.txt"},
        "\t",
        {"PPL": "PER", "IND": "ORG", "PLC": "LOC"},
    ),
    "idner": CorpusSpec(
        "idner",
        "idner-news-2k",
        {"train": "train.txt", "dev": "dev.txt", "test": "test.txt"},
        None,
        {"PER": "PER", "ORG": "ORG", "LOC": "LOC"},
    ),
}


@dataclass
class Sentence:
    tokens: list[str]
    tags: list[str]  # BIO tags
    raw_tags: list[str] = field(default_factory=list)  # BIO tags before label mapping

    @property
    def text(self) -> str:
        return " ".join(self.tokens)


# --------------------------------------------------------------------------- reading


def resolve_ner_root(data_root: Path) -> Path:
    """Accept either the ``ner`` folder itself or a parent holding ``ner/``."""
    data_root = Path(data_root)
    if (data_root / "ner").is_dir() and not (data_root / "nergrit").is_dir():
        return data_root / "ner"
    return data_root


def read_column_file(path: Path | str, separator: str | None = "\t") -> list[tuple[list[str], list[str]]]:
    """Read a one-token-per-line file into (tokens, tags) sentences.

    The token is the first column and the tag the last one. Blank lines separate sentences;
    CRLF or LF line endings are both accepted.
    """
    with open(path, encoding="utf-8", errors="replace", newline="") as handle:
        return list(parse_columns(handle, separator))


def parse_columns(lines: Iterable[str], separator: str | None = "\t") -> Iterator[tuple[list[str], list[str]]]:
    tokens: list[str] = []
    tags: list[str] = []
    for line in lines:
        line = line.rstrip("\r\n").rstrip("\r")
        if not line.strip():
            if tokens:
                yield tokens, tags
                tokens, tags = [], []
            continue
        if separator is None:
            parts = line.split()
        else:
            parts = line.split(separator)
        if len(parts) < 2:
            raise ValueError(f"expected at least two columns, got {line!r}")
        token, tag = parts[0].strip(), parts[-1].strip()
        if not token:
            continue
        tokens.append(token)
        tags.append(tag)
    if tokens:
        yield tokens, tags


def repair_bio(tags: Sequence[str]) -> list[str]:
    """Turn every ``I-X`` that does not continue a ``B-X``/``I-X`` into ``B-X``."""
    out: list[str] = []
    prev_type = None
    for tag in tags:
        if tag.startswith("I-"):
            etype = tag[2:]
            if prev_type != etype:
                tag = "B-" + etype
            prev_type = etype
        elif tag.startswith("B-"):
            prev_type = tag[2:]
        else:
            tag = "O"
            prev_type = None
        out.append(tag)
    return out


def map_labels(tags: Sequence[str], label_map: dict[str, str]) -> list[str]:
    """Map entity types through ``label_map``; types not in the map become ``O``.

    The input must be valid BIO (see `repair_bio`).
    """
    out = []
    for tag in tags:
        if tag == "O":
            out.append("O")
            continue
        prefix, etype = tag[:2], tag[2:]
        new = label_map.get(etype)
        out.append(prefix + new if new else "O")
    return out


def split_multiword_tokens(tokens: Sequence[str], tags: Sequence[str]) -> tuple[list[str], list[str]]:
    """Split tokens that contain spaces (NERP has some, e.g. ``salah satu``) into words.

    A ``B-X`` token becomes ``B-X I-X ...``; ``I-X`` and ``O`` are repeated.
    """
    new_tokens: list[str] = []
    new_tags: list[str] = []
    for token, tag in zip(tokens, tags):
        parts = token.split()
        if len(parts) <= 1:
            new_tokens.append(token)
            new_tags.append(tag)
            continue
        for i, part in enumerate(parts):
            new_tokens.append(part)
            if i > 0 and tag.startswith("B-"):
                new_tags.append("I-" + tag[2:])
            else:
                new_tags.append(tag)
    return new_tokens, new_tags


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """Token spans (start, end exclusive, label) of valid BIO tags."""
    spans = []
    start = None
    label = None
    for i, tag in enumerate(list(tags) + ["O"]):
        if tag.startswith("B-") or tag == "O" or (tag.startswith("I-") and tag[2:] != label):
            if start is not None:
                spans.append((start, i, label))
                start, label = None, None
            if tag.startswith("B-") or tag.startswith("I-"):
                start, label = i, tag[2:]
    return spans


def read_corpus(data_root: Path, corpus: str, split: str) -> list[Sentence]:
    """Read one split of one corpus, repaired and mapped to PER/ORG/LOC."""
    spec = CORPORA[corpus]
    path = resolve_ner_root(data_root) / spec.folder / spec.files[split]
    sentences = []
    for tokens, tags in read_column_file(path, spec.separator):
        tokens, tags = split_multiword_tokens(tokens, tags)
        raw = repair_bio(tags)
        sentences.append(Sentence(tokens, map_labels(raw, spec.label_map), raw))
    return sentences


# --------------------------------------------------------------------------- re-casing NERP

# Words kept lowercase inside a multi-word name ("Badan Pengawas Obat dan Makanan").
_NAME_FUNCTION_WORDS = frozenset(
    "dan di dari ke untuk atas bagi pada dengan yang serta atau bin binti van von der de la".split()
)


def build_case_lexicon(sentences: Iterable[Sentence]) -> dict[str, Counter]:
    """Count the surface forms of each lowercased word in cased text.

    Sentence-initial tokens are skipped, since their capital says nothing about the word.
    """
    lexicon: dict[str, Counter] = defaultdict(Counter)
    for sentence in sentences:
        for i, token in enumerate(sentence.tokens):
            if i == 0 or not any(c.isalpha() for c in token):
                continue
            lexicon[token.lower()][token] += 1
    return dict(lexicon)


def _capitalise(token: str) -> str:
    for i, char in enumerate(token):
        if char.isalpha():
            return token[:i] + char.upper() + token[i + 1 :]
    return token


def recase_sentence(sentence: Sentence, lexicon: dict[str, Counter]) -> Sentence:
    """Restore plausible capitals in a lowercased sentence, keeping its labels unchanged.

    Tokens inside any annotated name (including the EVT/FNB names that are mapped to O) take
    their usual cased form from ``lexicon`` or get an initial capital; other tokens take the
    cased form only if cased text writes them capitalised most of the time; the first word of
    the sentence gets a capital. The labels are the original ones: nothing is added.
    """
    in_name = [False] * len(sentence.tokens)
    name_start = [False] * len(sentence.tokens)
    for start, end, _ in bio_spans(sentence.raw_tags or sentence.tags):
        name_start[start] = True
        for i in range(start, end):
            in_name[i] = True
    out = []
    for i, token in enumerate(sentence.tokens):
        low = token.lower()
        forms = lexicon.get(low)
        best = forms.most_common(1)[0][0] if forms else None
        if not any(c.isalpha() for c in token):
            new = token
        elif in_name[i]:
            if best is not None and best != low:
                new = best
            elif low in _NAME_FUNCTION_WORDS and not name_start[i]:
                new = low
            else:
                new = _capitalise(low)
        else:
            if best is not None and best != low:
                total = sum(forms.values())
                capital = total - forms.get(low, 0)
                new = best if capital >= 0.7 * total and total >= 3 else low
            else:
                new = low
        out.append(new)
    if out:
        out[0] = _capitalise(out[0])
    return Sentence(out, list(sentence.tags), list(sentence.raw_tags))


# --------------------------------------------------------------------------- NERP organisations

MISSING = ""  # a token whose entity annotation is unknown (no loss either way)


def collect_names(sentences: Iterable[Sentence], label: str = "ORG", max_tokens: int = 6) -> set[tuple[str, ...]]:
    """Lowercased token sequences annotated as ``label`` in ``sentences``."""
    names = set()
    for sentence in sentences:
        for start, end, span_label in bio_spans(sentence.tags):
            if span_label == label and end - start <= max_tokens:
                names.add(tuple(t.lower() for t in sentence.tokens[start:end]))
    return names


def mask_unlabelled_names(
    sentence: Sentence, names: set[tuple[str, ...]], lexicon: dict[str, Counter] | None = None
) -> Sentence:
    """Mark as unknown the O tokens of ``sentence`` that spell one of ``names``.

    NERP does not annotate government bodies or parties (``kpk``, ``dpr``, ``golkar`` are O
    there), while NERGrit and idner-news-2k annotate them as organisations. Teaching the model
    that they are not names hurts exactly the entities press releases are full of, so such
    tokens get no annotation (neither O nor a label: nothing is invented). A one-word name is
    only masked if cased text (``lexicon``) writes it capitalised most of the time.
    """
    if not names:
        return sentence
    lowered = [t.lower() for t in sentence.tokens]
    tags = list(sentence.tags)
    longest = max(len(n) for n in names)
    i = 0
    while i < len(tags):
        matched = 0
        for n in range(min(longest, len(tags) - i), 0, -1):
            candidate = tuple(lowered[i : i + n])
            if candidate not in names or any(tag != "O" for tag in tags[i : i + n]):
                continue
            if n == 1 and lexicon is not None:
                forms = lexicon.get(candidate[0])
                if not forms or forms.get(candidate[0], 0) * 2 >= sum(forms.values()):
                    continue
            if not any(c.isalpha() for c in "".join(candidate)):
                continue
            matched = n
            break
        if matched:
            for j in range(i, i + matched):
                tags[j] = MISSING
            i += matched
        else:
            i += 1
    return Sentence(list(sentence.tokens), tags, list(sentence.raw_tags))


# --------------------------------------------------------------------------- DocBins


def _joined(count: int) -> list[bool]:
    """Spaces of ``count`` tokens joined by single spaces (none after the last)."""
    return [True] * (count - 1) + [False] if count else []


def sentence_to_doc(vocab, sentence: Sentence):
    from spacy.tokens import Doc

    ents = [tag if tag != MISSING else None for tag in sentence.tags]
    return Doc(vocab, words=list(sentence.tokens), spaces=_joined(len(sentence.tokens)), ents=ents)


def pos_doc(vocab, tokens: Sequence[str], tags: Sequence[str]):
    """A training doc with part-of-speech tags and no NER annotation (every token "missing")."""
    from spacy.tokens import Doc

    return Doc(vocab, words=list(tokens), spaces=_joined(len(tokens)), tags=list(tags))


def write_docbin(sentences: Iterable[Sentence], path: Path, vocab=None, pos: Sequence[tuple] = ()) -> int:
    """Write NER sentences, and ``pos`` (tokens, tags) pairs as tag-only docs, to one DocBin."""
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    if vocab is None:
        vocab = Vocab()
    docbin = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE", "TAG"], store_user_data=False)
    count = 0
    for sentence in sentences:
        docbin.add(sentence_to_doc(vocab, sentence))
        count += 1
    for tokens, tags in pos:
        docbin.add(pos_doc(vocab, tokens, tags))
        count += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    docbin.to_disk(path)
    return count


def build_ner_data(
    data_root: Path,
    out_dir: Path = DEFAULT_BUILD_DIR,
    corpora: Sequence[str] = tuple(CORPORA),
    weights: dict[str, int] | None = None,
    nerp_mode: str = "original",
    max_train_sentences: int | None = None,
    mask_nerp_orgs: bool = True,
    silver: Sequence[Sentence] = (),
    news_silver: Sequence[Sentence] = (),
    pos_sentences: Sequence[tuple[list[str], list[str]]] = (),
) -> dict:
    """Convert the corpora to DocBins under ``out_dir`` and return their paths and counts.

    ``weights`` repeats a corpus's training sentences (e.g. ``{"nergrit": 2}``).
    ``nerp_mode`` chooses what NERP contributes to the union train set: ``original`` (its
    lowercase text), ``recased`` (capitals restored with `recase_sentence`) or ``both``.
    ``mask_nerp_orgs`` leaves unannotated the NERP tokens that spell an organisation of the
    other corpora (see `mask_unlabelled_names`); only the training union is affected.
    The dev union and every test file always hold the original text and tags.
    ``max_train_sentences`` caps each corpus's train split (for quick runs).
    ``silver`` adds sentences tagged by warta's rules (see `pipeline.train.ner_silver`) to the
    training union only, repeated ``weights["silver"]`` times.
    ``news_silver`` adds silver news sentences made elsewhere (e.g. by `experiments/`), repeated ``weights["news_silver"]`` times.
    ``pos_sentences`` (tokens, POS tags) go into the training union with tags and no NER
    annotation, for an auxiliary tagger that shares the tok2vec (see `train_ner`'s ``pos_aux``).
    """
    from spacy.vocab import Vocab

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    vocab = Vocab()  # DocBins only store strings; a blank Language is not needed
    weights = dict(weights or {})
    data: dict[str, dict[str, list[Sentence]]] = {
        name: {split: read_corpus(data_root, name, split) for split in SPLITS} for name in corpora
    }
    if max_train_sentences:
        for name in corpora:
            data[name]["train"] = data[name]["train"][:max_train_sentences]
            data[name]["dev"] = data[name]["dev"][: max(50, max_train_sentences // 4)]
    info: dict = {
        "files": {},
        "counts": {},
        "nerp_mode": nerp_mode,
        "weights": weights,
        "mask_nerp_orgs": mask_nerp_orgs,
    }
    for name in corpora:
        for split in SPLITS:
            path = out_dir / f"{name}-{split}.spacy"
            info["counts"][f"{name}-{split}"] = write_docbin(data[name][split], path, vocab)
            info["files"][f"{name}-{split}"] = str(path)

    train: list[Sentence] = []
    cased = [s for other in corpora if other != "nerp" for s in data[other]["train"]]
    lexicon = build_case_lexicon(cased)
    for name in corpora:
        part = data[name]["train"]
        if name == "nerp" and mask_nerp_orgs:
            org_names = collect_names(cased, "ORG")
            part = [mask_unlabelled_names(s, org_names, lexicon) for s in part]
            info["counts"]["nerp-train-masked-tokens"] = sum(t == MISSING for s in part for t in s.tags)
        if name == "nerp" and nerp_mode != "original":
            recased = [recase_sentence(s, lexicon) for s in part]
            part = recased if nerp_mode == "recased" else part + recased
        train.extend(part * max(1, int(weights.get(name, 1))))
    if silver:
        info["counts"]["silver"] = len(silver)
        train.extend(list(silver) * max(1, int(weights.get("silver", 1))))
    if news_silver:
        info["counts"]["news_silver"] = len(news_silver)
        train.extend(list(news_silver) * max(1, int(weights.get("news_silver", 1))))
    dev = [s for name in corpora for s in data[name]["dev"]]
    if pos_sentences:
        info["counts"]["pos_aux"] = len(pos_sentences)
    info["counts"]["train"] = write_docbin(train, out_dir / "train.spacy", vocab, pos=pos_sentences)
    info["counts"]["dev"] = write_docbin(dev, out_dir / "dev.spacy", vocab)
    info["files"]["train"] = str(out_dir / "train.spacy")
    info["files"]["dev"] = str(out_dir / "dev.spacy")
    (out_dir / "data.json").write_text(json.dumps(info, indent=2))
    return info


def corpus_texts(data_root: Path, corpus: str, split: str = "test") -> list[str]:
    """The sentences of a split as plain strings (tokens joined by spaces)."""
    return [s.text for s in read_corpus(data_root, corpus, split)]
