"""The one way from a Document to its Facts, used by `warta extract`, `warta eval` and the flows."""
from __future__ import annotations

import traceback
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extract.assemble import assemble
from pipeline.extract.registry import VERSION_KEY, get_nlp
from pipeline.nlp.state import mentions  # noqa: F401  (registers Doc extensions)
from pipeline.normalize.document import make_document
from pipeline.records import Document, Facts
from pipeline.rejects import Reject
from pipeline.settings import Settings


def _make_doc(nlp: Language, document: Document) -> Doc:
    doc = nlp.make_doc(document.text)
    doc.user_data["warta.text"] = document.text  # read by doc_text(): spaCy rebuilds doc.text on each access
    doc._.published = document.published
    doc._.document_id = document.id
    doc._.title = document.title
    return doc


def extract_document(document: Document, nlp: Language | None = None, settings: Settings | None = None) -> Facts:
    """The facts of one document, by `nlp` (else the Language of `settings`, else of the default settings)."""
    nlp = nlp or get_nlp(settings=settings)
    doc = nlp(_make_doc(nlp, document))
    return assemble(doc, document, nlp.meta.get(VERSION_KEY))


def extract_documents(documents: Iterable[Document], nlp: Language | None = None,
                      settings: Settings | None = None) -> Iterator[Facts | Reject]:
    """Facts for each document in order; a document whose extraction fails becomes a Reject."""
    nlp = nlp or get_nlp(settings=settings)
    for document in documents:
        try:
            yield extract_document(document, nlp)
        except Exception as exc:  # one bad document never stops a run
            where = traceback.extract_tb(exc.__traceback__)[-1]
            yield Reject(
                document.source,
                f"extraction failed: {type(exc).__name__}: {exc} (at {where.filename.rsplit('/', 1)[-1]}:{where.lineno})",
                stage="extract",
            )


def extract_split(documents: Iterable[Document], settings: Settings | None = None) -> tuple[list[Facts], list[Reject]]:
    """The facts and the rejects of a batch, in document order."""
    facts, rejects = [], []
    for result in extract_documents(documents, settings=settings):
        (rejects if isinstance(result, Reject) else facts).append(result)
    return facts, rejects


def extract_text(text: str, source: str = "-", published: str | None = None, title: str | None = None,
                 settings: Settings | None = None) -> Facts:
    return extract_document(make_document(text, source, title=title, published=published), settings=settings)
