"""warta_ner: the trained statistical NER as a source of PER/ORG/LOC mentions where the rules found nothing.

The model runs after the rule components for organizations, places, venues and titles, and only on windows
around the capitalized runs those rules left unexplained (a person's name without a title, a name in a list of
participants, a quoted speaker). Its CNN sees four tokens on each side of a token, so a window of the run plus
that context gives the run the same features as the whole text would, at a fraction of the cost.
Capitalized runs made only of common words ("Bebas Hambatan", "Perangkat Daerah") are not names and are skipped.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.attrs import IDX, LENGTH
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extract.facts import Mention
from pipeline.nlp.ner import common_words
from pipeline.nlp.state import add_mention, doc_text, mentions

EXPLAINED_KINDS = ("organization", "place", "venue", "title", "date")
CONTEXT_TOKENS = 4  # the shipped tok2vec's receptive field: depth 4 x window 1


def candidate_windows(doc: Doc, explained: list[tuple[int, int]], common: frozenset[str],
                      context: int = CONTEXT_TOKENS) -> list[tuple[int, int]]:
    """Token windows (start, end) around capitalized tokens outside every explained char span."""
    spans = sorted(explained)
    text = doc_text(doc)
    marks: list[int] = []
    j = 0
    # offsets from one array: making a Token object per word costs more than the rest of this function
    for i, (start, length) in enumerate(doc.to_array([IDX, LENGTH]).tolist()):
        if not ("A" <= text[start] <= "Z") or text[start:start + length].lower() in common:
            continue
        while j < len(spans) and spans[j][1] <= start:
            j += 1
        if any(s <= start < e for s, e in spans[max(0, j - 3):j + 3]):
            continue
        marks.append(i)
    windows: list[tuple[int, int]] = []
    for i in marks:
        a, b = max(0, i - context), min(len(doc), i + context + 1)
        if windows and a <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], b))
        else:
            windows.append((a, b))
    return windows


@Language.factory("warta_ner", default_config={"enabled": True, "model": None})
class StatisticalEntities:
    """PER/ORG/LOC mentions (kind "ner") from the trained model, on candidate windows only."""

    def __init__(self, nlp: Language, name: str, enabled: bool, model: str | None):
        self.name = name
        self.enabled = enabled  # the `ner` setting
        self.model = model

    def _model(self):
        from pipeline.nlp.ner import default_ner_path, load_ner

        path = Path(self.model) if self.model else default_ner_path()
        try:
            return load_ner(path, words_only=True), str(path.resolve())
        except (OSError, FileNotFoundError):  # no trained model shipped
            return None, None

    def _windows_doc(self, doc: Doc, ner, path: str) -> tuple[Doc, list[int]] | None:
        """The doc's candidate windows as one Doc of the model's vocab, each closed by a line break it never
        tags across (the windows' context keeps the CNN from seeing the joins), and the doc token index of
        each word (-1 for a separator); None when nothing is left to explain."""
        # a dateline's bracketed source may be an outlet or its reporter: the model reads it again
        explained = [(m.start, m.end) for kind in EXPLAINED_KINDS for m in mentions(doc, kind)
                     if m.data.get("mode") != "source"]
        windows = candidate_windows(doc, explained, common_words(Path(path)))
        if not windows:
            return None
        words: list[str] = []
        spaces: list[bool] = []
        source: list[int] = []
        for a, b in windows:
            for t in doc[a:b]:
                words.append(t.text)
                spaces.append(bool(t.whitespace_))
                source.append(t.i)
            words.append("\n")
            spaces.append(False)
            source.append(-1)
        return Doc(ner.vocab, words=words, spaces=spaces), source

    @staticmethod
    def _add_entities(doc: Doc, tagged: Doc, source: list[int]) -> None:
        text = doc_text(doc)
        for ent in tagged.ents:
            first, last = source[ent.start], source[ent.end - 1]
            if first < 0 or last < 0 or -1 in source[ent.start:ent.end]:
                continue
            start = doc[first].idx
            end = doc[last].idx + len(doc[last].text)
            add_mention(doc, Mention(start, end, text[start:end], kind="ner", source="ner",
                                     data={"label": ent.label_}))

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 16) -> Iterator[Doc]:
        """The windows of a batch of docs in one call of the model (its forward pass is far cheaper per word
        on a batch than doc by doc); the docs are changed only once the model has tagged them all."""
        docs = list(docs)
        ner, path = self._model() if self.enabled else (None, None)
        if ner is None:
            yield from docs
            return
        prepared = [(doc, self._windows_doc(doc, ner, path)) for doc in docs]
        todo = [p for p in prepared if p[1] is not None]
        tagged = list(ner.pipe((w for _, (w, _) in todo), batch_size=max(1, batch_size)))
        for (doc, (_, source)), result in zip(todo, tagged):
            self._add_entities(doc, result, source)
        yield from docs
