"""Stanza parses of chosen sentences as plain data on the Doc (read by the event extractors).

The component that chooses and parses the main event's sentences is pipeline.extract.event_syntax
(warta_syntax, off by default). The parse is stored on the Doc as plain data in
``doc.user_data["warta.syntax"]`` (see ``syntax_of``): words with document char offsets, upos, lemma, head
(an index into the same word list, -1 for the root) and deprel. Without a depparse model the words carry POS
and lemma only (``has_deps`` False) and readers must not look at heads or deprels.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

KEY = "warta.syntax"


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    text: str
    upos: str
    lemma: str
    head: int  # index of the head word in Parse.words, -1 for a root (or when there are no deps)
    deprel: str


@dataclass
class Parse:
    sentences: list[tuple[int, int]]
    words: list[Word]
    has_deps: bool

    def word_at(self, offset: int) -> int | None:
        """Index of the word covering char `offset`."""
        for i, w in enumerate(self.words):
            if w.start <= offset < w.end:
                return i
        return None

    def children(self, i: int) -> list[int]:
        return [j for j, w in enumerate(self.words) if w.head == i] if self.has_deps else []

    def subtree_span(self, i: int) -> tuple[int, int]:
        """Char span of word i and everything under it (needs deps)."""
        todo, seen = [i], {i}
        while todo:
            for j in self.children(todo.pop()):
                if j not in seen:
                    seen.add(j)
                    todo.append(j)
        return min(self.words[j].start for j in seen), max(self.words[j].end for j in seen)


def syntax_of(doc: Doc) -> Parse | None:
    raw = doc.user_data.get(KEY)
    if not raw:
        return None
    return Parse([tuple(s) for s in raw["sentences"]], [Word(*w) for w in raw["words"]], raw["has_deps"])


def has_depparse(model_dir: Path | None = None) -> bool:
    from pipeline.nlp.stanza_adapter import stanza_dir

    return any((stanza_dir(model_dir) / "id" / "depparse").glob("*.pt"))


def parse_spans(text: str, spans: list[tuple[int, int]], model_dir: Path | None = None) -> Parse:
    """Parse each char span of `text` with the local stanza models (depparse when one is installed)."""
    import stanza

    from pipeline.nlp.stanza_adapter import DEFAULT_PROCESSORS, load_stanza

    deps = has_depparse(model_dir)
    processors = DEFAULT_PROCESSORS + (",depparse" if deps else "")
    nlp = load_stanza(model_dir, processors)
    docs = nlp([stanza.Document([], text=text[s:e]) for s, e in spans])
    words: list[Word] = []
    for (offset, _), sdoc in zip(spans, docs):
        for sent in sdoc.sentences:
            base = len(words)
            for token in sent.tokens:
                for w in token.words:
                    head = base + w.head - 1 if deps and w.head else -1
                    words.append(Word(offset + token.start_char, offset + token.end_char, w.text, w.upos or "",
                                      w.lemma or w.text, head, (w.deprel or "") if deps else ""))
    return Parse(list(spans), words, deps)
