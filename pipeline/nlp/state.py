"""Per-document state shared by the pipeline components: the mentions found so far and the document context."""
from __future__ import annotations

from spacy.tokens import Doc

from pipeline.records import Mention

for _name in ("mentions", "published", "document_id", "title"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def mentions(doc: Doc, kind: str) -> list[Mention]:
    """The list of mentions of one kind on this doc (created empty on first use)."""
    store = doc._.mentions
    if store is None:
        store = {}
        doc._.mentions = store
    return store.setdefault(kind, [])


def add_mention(doc: Doc, mention: Mention) -> Mention:
    mentions(doc, mention.kind).append(mention)
    return mention


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def covered(doc: Doc, span: tuple[int, int], kinds: tuple[str, ...]) -> bool:
    """True when the char span lies inside a mention of one of `kinds`."""
    for kind in kinds:
        for m in mentions(doc, kind):
            if m.start <= span[0] and span[1] <= m.end:
                return True
    return False


def doc_text(doc: Doc) -> str:
    """doc.text, built once per document: spaCy rebuilds it from every token on each access."""
    text = doc.user_data.get("warta.text")
    if text is None:
        text = doc.user_data["warta.text"] = doc.text
    return text
