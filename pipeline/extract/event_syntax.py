"""warta_syntax: a stanza parse of the few sentences that speak of the main event (optional).

Stanza runs at ~700 words/s on CPU, so it is off by default (the `syntax` setting turns it on) and parses only
the sentences holding the cues of the likely main event (at most MAX_SENTENCES). The parse is stored on the Doc
by pipeline.nlp.syntax (see `syntax_of`) and read by the event extractors.
"""
from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extract.events import choose, headline_end, sentence_spans
from pipeline.nlp.state import doc_text, mentions
from pipeline.nlp.syntax import KEY, parse_spans

MAX_SENTENCES = 3


def event_sentences(doc: Doc) -> list[tuple[int, int]]:
    """The body sentences holding the cues of the likely main event (the headline is left out)."""
    text = doc_text(doc)
    cands = [m.data["candidate"] for m in mentions(doc, "event") if "candidate" in m.data]
    chosen = choose(cands)
    if not chosen:
        return []
    rep, group = chosen
    head_end = headline_end(text, doc._.title)
    sentences = [(s, e) for s, e in sentence_spans(doc, text) if s >= head_end]
    out: list[tuple[int, int]] = []
    for c in [rep, *group]:
        for s, e in sentences:
            if s <= c.cue_start < e and (s, e) not in out and text[s:e].strip():
                out.append((s, e))
    return sorted(out[:MAX_SENTENCES])


@Language.factory("warta_syntax", default_config={"enabled": False, "model_dir": None})
class SyntaxComponent:
    """enabled: parse at all; model_dir: the stanza models (None: models/stanza-id)."""

    def __init__(self, nlp: Language, name: str, enabled: bool, model_dir: str | None):
        self.name = name
        self.enabled = enabled
        self.model_dir = Path(model_dir) if model_dir else None

    def __call__(self, doc: Doc) -> Doc:
        if not self.enabled:
            return doc
        spans = event_sentences(doc)
        if not spans:
            return doc
        text = doc_text(doc)
        # trim the whitespace around each sentence so the offsets point at words
        spans = [(s + len(text[s:e]) - len(text[s:e].lstrip()), s + len(text[s:e].rstrip())) for s, e in spans]
        try:
            parse = parse_spans(text, spans, self.model_dir)
        except (ImportError, OSError):  # no stanza or no models: the patterns alone decide
            return doc
        doc.user_data[KEY] = {"sentences": [list(s) for s in parse.sentences],
                              "words": [list(vars(w).values()) for w in parse.words], "has_deps": parse.has_deps}
        return doc
