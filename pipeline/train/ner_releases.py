"""Release-domain NER data: gold facts of real releases aligned to their text, and fine-tuning on them.

Gold files (``{text, gold, publisher, split}``, the shape of ``../shared/eval/real``) give per document the
persons, organizations (name + aliases), places and venues a careful reader lists, without offsets. Each
occurrence of those names in the text becomes a span:

    persons -> PER (the full name, and later its parts alone: "Prabowo" after "Prabowo Subianto")
    organizations -> ORG (name and every alias), places -> LOC (canonical name, also without its prefix)

Longest span first. A token outside every span is ``O`` when it is lowercase or punctuation, or a capitalized
common word (its lowercase form is frequent in running text: "Jaringan", "Perangkat", "Bebas"); any other
capitalized token, and every token of a venue, is left unannotated (spaCy's missing value: no loss either way),
since gold lists only what it lists and a name it spells differently must not be taught as "not a name".

`fine_tune` continues training a shipped NER on these documents, mixed with sentences of the public corpora
(rehearsal, so the news register is not forgotten).
"""
from __future__ import annotations

import json
import random
import re
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from pipeline.train.ner_data import MISSING, Sentence, bio_spans, read_corpus
from pipeline.train.ner_silver import longest_first, tag_sentence

_PLACE_PREFIX = re.compile(r"^(?:Provinsi|Kabupaten|Kota|Kecamatan|Desa|Kelurahan)\s+")
_WORD = re.compile(r"\w+")


def load_gold(folder: Path | str, split: str | None = None) -> list[dict]:
    """Gold files of a folder (optionally one split), sorted by name."""
    out = []
    for path in sorted(Path(folder).glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        if split is None or record.get("split", split) == split:
            record.setdefault("id", path.stem)
            out.append(record)
    return out


def _occurrences(text: str, needle: str, ignore_case: bool = False) -> list[tuple[int, int]]:
    if len(needle) < 2:
        return []
    flags = re.IGNORECASE if ignore_case else 0
    pattern = re.compile(r"(?<!\w)" + re.escape(needle).replace(r"\ ", r"\s+") + r"(?!\w)", flags)
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def _name_parts(name: str) -> list[str]:
    """Words of a person's name that stand alone later in a release (not initials, not short particles)."""
    return [w for w in name.split() if len(w) >= 3 and w[0].isupper() and not w.endswith(".")]


def gold_spans(text: str, gold: dict) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """(labelled spans, unannotated spans) of one gold document, in character offsets."""
    labelled: list[tuple[int, int, str]] = []
    for person in gold.get("persons") or []:
        name = person.get("name") or ""
        full = _occurrences(text, name)
        labelled += [(s, e, "PER") for s, e in full]
        for part in _name_parts(name) if full else []:
            labelled += [(s, e, "PER") for s, e in _occurrences(text, part)]
    for org in gold.get("organizations") or []:
        for form in [org.get("name") or "", *(org.get("aliases") or [])]:
            labelled += [(s, e, "ORG") for s, e in _occurrences(text, form)]
    for place in gold.get("places") or []:
        name = place.get("name") or ""
        forms = {name, _PLACE_PREFIX.sub("", name)}
        for form in forms:
            labelled += [(s, e, "LOC") for s, e in _occurrences(text, form)]
    unknown: list[tuple[int, int]] = []
    for venue in gold.get("venues") or []:
        unknown += _occurrences(text, venue)
    return longest_first(labelled), unknown


def common_words(texts: Iterable[str], min_count: int = 3, min_lower_share: float = 0.5) -> frozenset[str]:
    """Lowercase forms that running text writes lowercase most of the time (common words, not names).

    A word opening a line or a sentence is capitalized whatever it is, so it is not counted."""
    lower: Counter = Counter()
    total: Counter = Counter()
    for text in texts:
        for m in _WORD.finditer(text):
            word = m.group(0)
            before = text[max(0, m.start() - 3):m.start()].rstrip(" \t\"“'(")
            if not before or before[-1] in ".!?:\n":
                continue
            key = word.lower()
            total[key] += 1
            if word.islower():
                lower[key] += 1
    return frozenset(w for w, n in total.items()
                     if n >= min_count and lower[w] / n >= min_lower_share and not w.isdigit())


def known_words(texts: Iterable[str], min_count: int = 5, min_length: int = 7) -> frozenset[str]:
    """Long words that edited running text spells this way again and again: real words, not typos, so typo
    correction leaves them alone ("Peraturan" is not a misspelt "Persatuan")."""
    counts: Counter = Counter(w.lower() for text in texts for w in _WORD.findall(text)
                              if len(w) >= min_length and w.isalpha())
    return frozenset(w for w, n in counts.items() if n >= min_count)


def name_openers(sentences: Iterable[Sentence], min_count: int = 3, min_ratio: float = 4.0) -> frozenset[str]:
    """Lowercased words that open PER spans at least `min_count` times and `min_ratio` times as often as they
    stand inside other entities or as capitalized words outside entities ("siti", "rahmat"; not "tanjung").
    Words inside a person's name do not count against it ("Setya Budi")."""
    opens: Counter = Counter()
    elsewhere: Counter = Counter()
    for sentence in sentences:
        inside: set[int] = set()
        for start, end, label in bio_spans(sentence.tags):
            inside.update(range(start, end))
            if label == "PER":
                opens[sentence.tokens[start].lower()] += 1
            else:
                elsewhere.update(t.lower() for t in sentence.tokens[start:end])
        elsewhere.update(t.lower() for i, t in enumerate(sentence.tokens)
                         if i > 0 and i not in inside and t[:1].isupper())
    return frozenset(w for w, n in opens.items()
                     if n >= min_count and n >= min_ratio * elsewhere[w] and w.isalpha() and len(w) >= 3)


def public_sentences(data_root: Path) -> list[Sentence]:
    """Every sentence of the cased public NER corpora (NERGrit, idner-news-2k), all splits."""
    out: list[Sentence] = []
    for corpus in ("nergrit", "idner"):
        for split in ("train", "dev", "test"):
            out += read_corpus(data_root, corpus, split)
    return out


def write_word_list(model_dir: Path | str, name: str, words: Iterable[str]) -> Path:
    path = Path(model_dir) / name
    path.write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")
    return path


def write_common_words(model_dir: Path | str, common: Iterable[str]) -> Path:
    """The common-word list the runtime reads next to the model (pipeline.extract.entities)."""
    path = Path(model_dir) / "common_words.txt"
    path.write_text("\n".join(sorted(common)) + "\n", encoding="utf-8")
    return path


def _valid_bio(tags: list[str]) -> list[str]:
    """A span cut by a chunk boundary or a missing token restarts with B-."""
    out = list(tags)
    for i, tag in enumerate(out):
        if tag.startswith("I-") and (i == 0 or out[i - 1][2:] != tag[2:]):
            out[i] = "B-" + tag[2:]
    return out


def release_sentences(records: Sequence[dict], tokenizer, common: frozenset[str], max_tokens: int = 80) -> list[Sentence]:
    """Paragraph chunks of each gold release, tagged from its gold facts."""
    out: list[Sentence] = []
    for record in records:
        text = record["text"]
        labelled, unknown = gold_spans(text, record.get("gold") or {})
        doc = tokenizer(text)
        tokens = [(t.text, t.idx, t.idx + len(t.text)) for t in doc if not t.is_space]
        tags = tag_sentence(tokens, labelled, unknown, common).tags
        chunk_words: list[str] = []
        chunk_tags: list[str] = []
        for (word, start, end), tag in zip(tokens, tags):
            chunk_words.append(word)
            chunk_tags.append(tag)
            boundary = word in {".", "!", "?"} or "\n" in text[end:end + 2]
            if boundary and len(chunk_words) >= 8 or len(chunk_words) >= max_tokens and not tag.startswith(("B-", "I-")):
                out.append(Sentence(chunk_words, _valid_bio(chunk_tags)))
                chunk_words, chunk_tags = [], []
        if chunk_words:
            out.append(Sentence(chunk_words, _valid_bio(chunk_tags)))
    return out


def _examples(nlp, sentences: Sequence[Sentence]) -> list:
    from spacy.training import Example

    from pipeline.train.ner_data import sentence_to_doc

    out = []
    for sentence in sentences:
        reference = sentence_to_doc(nlp.vocab, sentence)
        predicted = nlp.make_doc(reference.text)
        if len(predicted) != len(reference):  # the model's tokenizer splits differently: align by words
            from spacy.tokens import Doc

            predicted = Doc(nlp.vocab, words=[t.text for t in reference], spaces=[bool(t.whitespace_) for t in reference])
        out.append(Example(predicted, reference))
    return out


def entity_scores(nlp, sentences: Sequence[Sentence], labels: Sequence[str] = ("PER", "ORG", "LOC")) -> dict:
    """Precision/recall/F1 per label on annotated tokens' spans (spans touching a missing token are skipped)."""
    from pipeline.train.ner_data import bio_spans

    counts = {label: Counter() for label in labels}
    docs = nlp.pipe([" ".join(s.tokens) for s in sentences], batch_size=256)
    for sentence, doc in zip(sentences, docs):
        if len(doc) != len(sentence.tokens):
            continue
        gold = {(s, e, lab) for s, e, lab in bio_spans([t or "O" for t in sentence.tags])}
        unknown = {i for i, t in enumerate(sentence.tags) if t == MISSING}
        pred = {(ent.start, ent.end, ent.label_) for ent in doc.ents
                if not any(i in unknown for i in range(ent.start, ent.end))}
        for s, e, lab in pred:
            if lab in counts:
                counts[lab]["tp" if (s, e, lab) in gold else "fp"] += 1
        for s, e, lab in gold:
            if lab in counts and (s, e, lab) not in pred:
                counts[lab]["fn"] += 1
    scores = {}
    for label, c in counts.items():
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        scores[label] = {"p": round(p, 4), "r": round(r, 4), "f": round(2 * p * r / (p + r) if p + r else 0.0, 4)}
    return scores


def fine_tune(
    base_model: Path,
    gold_dir: Path,
    data_root: Path,
    out_dir: Path,
    *,
    holdout_publishers: Sequence[str] = (),
    text_for_common: Iterable[str] = (),
    epochs: int = 12,
    rehearsal_per_epoch: int = 1500,
    release_weight: int = 2,
    dropout: float = 0.2,
    seed: int = 0,
) -> dict:
    """Continue training ``base_model`` on the gold releases (split ``train``) mixed with public-corpus sentences.

    Releases of ``holdout_publishers`` are kept out of training and scored each epoch; the epoch with the best
    PER F1 on them (or the last epoch without a holdout) is saved to ``out_dir``.
    """
    import spacy
    from spacy.util import minibatch

    import pipeline.nlp.ner_filter  # noqa: F401  registers the entity filter the base model uses

    random.seed(seed)
    nlp = spacy.load(base_model)
    records = load_gold(gold_dir, split="train")
    held = [r for r in records if r.get("publisher") in set(holdout_publishers)]
    used = [r for r in records if r.get("publisher") not in set(holdout_publishers)]
    common = common_words([*text_for_common, *(r["text"] for r in records)])
    train_sentences = release_sentences(used, nlp.make_doc, common)
    held_sentences = release_sentences(held, nlp.make_doc, common)
    public = [Sentence(s.tokens, _valid_bio(s.tags))
              for corpus in ("nergrit", "idner", "nerp") for s in read_corpus(data_root, corpus, "train")]
    public_dev = {c: read_corpus(data_root, c, "dev") for c in ("nergrit", "nerp", "idner")}
    release_examples = _examples(nlp, train_sentences) * release_weight
    history = []
    best = None
    started = time.perf_counter()
    optimizer = nlp.resume_training()
    with nlp.select_pipes(enable=["tok2vec", "ner"]):
        for epoch in range(epochs):
            batch_source = release_examples + _examples(nlp, random.sample(public, min(rehearsal_per_epoch, len(public))))
            random.shuffle(batch_source)
            losses: dict = {}
            for batch in minibatch(batch_source, size=32):
                nlp.update(batch, sgd=optimizer, drop=dropout, losses=losses)
            entry = {"epoch": epoch + 1, "loss": round(float(losses.get("ner", 0.0)), 1),
                     "seconds": round(time.perf_counter() - started, 1)}
            if held_sentences:
                with nlp.use_params(optimizer.averages):
                    entry["holdout"] = entity_scores(nlp, held_sentences)
                score = entry["holdout"]["PER"]["f"]
                if best is None or score > best[0]:
                    best = (score, epoch + 1)
                    with nlp.use_params(optimizer.averages):
                        nlp.to_disk(out_dir)
            history.append(entry)
            print(json.dumps(entry), flush=True)
    if not held_sentences:
        with nlp.use_params(optimizer.averages):
            nlp.to_disk(out_dir)
    write_common_words(out_dir, common)
    final = spacy.load(out_dir)
    result = {
        "history": history,
        "best_epoch": best[1] if best else epochs,
        "release_documents": len(used),
        "release_sentences": len(train_sentences),
        "holdout_documents": len(held),
        "holdout": entity_scores(final, held_sentences) if held_sentences else None,
        "public_dev": {c: entity_scores(final, s) for c, s in public_dev.items()},
        "train_seconds": round(time.perf_counter() - started, 1),
    }
    (Path(out_dir) / "fine_tune.json").write_text(json.dumps(result, indent=2) + "\n")
    return result


def raw_texts(data_root: Path) -> tuple[list[str], list[str]]:
    """(unlabeled release texts, lines of the raw text for vectors) under ``data_root`` (../shared/data)."""
    releases_file = Path(data_root) / "releases" / "releases.jsonl"
    releases = [json.loads(line)["text"] for line in releases_file.open(encoding="utf-8")] \
        if releases_file.exists() else []
    lines: list[str] = []
    for path in sorted((Path(data_root) / "text").glob("*.txt")):
        lines += path.read_text(encoding="utf-8").split("\n")
    return releases, lines


def train_release_ner(base_model: Path, gold_dir: Path, data_root: Path, out_dir: Path, *, epochs: int = 4,
                      install_to: Path | None = None, version: str = "0.5.0") -> dict:
    """The shipped recipe of ner-id 0.5.0: `fine_tune` on every train-split release, then the word lists the
    runtime reads next to the model (common words of releases and running text; long words running text
    spells again and again), then meta.json; copied to ``install_to`` when given."""
    import shutil

    releases, lines = raw_texts(data_root)
    gold_texts = [r["text"] for r in load_gold(gold_dir, split="train")]
    result = fine_tune(base_model, gold_dir, data_root / "ner", out_dir, text_for_common=releases, epochs=epochs)
    write_common_words(out_dir, common_words([*releases, *gold_texts, *lines]))
    write_word_list(out_dir, "known_words.txt", known_words(lines))
    write_word_list(out_dir, "name_openers.txt", name_openers(public_sentences(data_root)))
    meta_path = Path(out_dir) / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta["version"] = version
    meta["fine_tune"] = {k: result[k] for k in ("release_documents", "release_sentences", "public_dev",
                                                "train_seconds", "history")}
    meta_path.write_text(json.dumps(meta, indent=2) + "\n")
    if install_to is not None:
        shutil.rmtree(install_to, ignore_errors=True)
        shutil.copytree(out_dir, install_to, ignore=shutil.ignore_patterns("fine_tune.json"))
    return result
