"""The one way from a Document to its Facts, used by `warta extract`, `warta eval` and the flows."""
from __future__ import annotations

import traceback
from collections.abc import Iterable, Iterator
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extract.assemble import assemble
from pipeline.extract.registry import VERSION_KEY, get_nlp
from pipeline.nlp.state import mentions  # noqa: F401  (registers Doc extensions)
from pipeline.normalize.document import make_document
from pipeline.normalize.text import blank_frame, plain_entities, plain_invisibles, plain_spaces, unwrap_lines
from pipeline.records import Document, Facts
from pipeline.rejects import Reject
from pipeline.settings import Settings


def _make_doc(nlp: Language, document: Document) -> Doc:
    # same length: the facts' offsets are offsets into document.text
    text = blank_frame(unwrap_lines(plain_spaces(plain_invisibles(plain_entities(document.text)))),
                       plain_spaces(plain_invisibles(plain_entities(document.title or ""))))
    doc = nlp.make_doc(text)
    doc.user_data["warta.text"] = text  # read by doc_text(): spaCy rebuilds doc.text on each access
    doc._.published = document.published
    doc._.document_id = document.id
    doc._.title = plain_spaces(plain_invisibles(plain_entities(document.title))) if document.title else document.title
    return doc


def extract_document(document: Document, nlp: Language | None = None, settings: Settings | None = None) -> Facts:
    """The facts of one document, by `nlp` (else the Language of `settings`, else of the default settings)."""
    nlp = nlp or get_nlp(settings=settings)
    doc = nlp(_make_doc(nlp, document))
    return assemble(doc, document, nlp.meta.get(VERSION_KEY))


BATCH_DOCUMENTS = 16  # documents that go through a batching component (the NER) together


def _reject(document: Document, exc: BaseException) -> Reject:
    where = traceback.extract_tb(exc.__traceback__)[-1]
    return Reject(
        document.source,
        f"extraction failed: {type(exc).__name__}: {exc} (at {where.filename.rsplit('/', 1)[-1]}:{where.lineno})",
        stage="extract",
    )


def _run_components(nlp: Language, docs: list[Doc | BaseException]) -> list[Doc | BaseException]:
    """The pipeline over a batch, component by component: a component with a `pipe` method sees the batch in
    one call, the others one doc at a time. A doc whose component fails is replaced by the exception and
    leaves the batch; the others go on (a failed batch call is retried doc by doc to find the culprit)."""
    for _, proc in nlp.pipeline:
        live = [i for i, d in enumerate(docs) if isinstance(d, Doc)]
        if not live:
            break
        if hasattr(proc, "pipe") and len(live) > 1:
            try:
                done = list(proc.pipe([docs[i] for i in live], batch_size=len(live)))
            except Exception:  # noqa: BLE001  retried one doc at a time below
                done = None
            if done is not None and len(done) == len(live):
                for i, doc in zip(live, done):
                    docs[i] = doc
                continue
        for i in live:
            try:
                docs[i] = proc(docs[i])
            except Exception as exc:  # noqa: BLE001  one bad document never stops the others
                docs[i] = exc
    return docs


def extract_documents(documents: Iterable[Document], nlp: Language | None = None,
                      settings: Settings | None = None) -> Iterator[Facts | Reject]:
    """Facts for each document in order; a document whose extraction fails becomes a Reject."""
    nlp = nlp or get_nlp(settings=settings)
    version = nlp.meta.get(VERSION_KEY)
    iterator = iter(documents)
    while batch := list(islice(iterator, BATCH_DOCUMENTS)):  # streamed: stdin and big folders stay lazy
        docs: list[Doc | BaseException] = []
        for document in batch:
            try:
                docs.append(_make_doc(nlp, document))
            except Exception as exc:  # noqa: BLE001
                docs.append(exc)
        for document, doc in zip(batch, _run_components(nlp, docs)):
            if isinstance(doc, BaseException):
                yield _reject(document, doc)
                continue
            try:
                yield assemble(doc, document, version)
            except Exception as exc:  # noqa: BLE001
                yield _reject(document, exc)


def extract_split(documents: Iterable[Document], settings: Settings | None = None) -> tuple[list[Facts], list[Reject]]:
    """The facts and the rejects of a batch, in document order."""
    facts, rejects = [], []
    for result in extract_documents(documents, settings=settings):
        (rejects if isinstance(result, Reject) else facts).append(result)
    return facts, rejects


def extract_text(text: str, source: str = "-", published: str | None = None, title: str | None = None,
                 settings: Settings | None = None) -> Facts:
    return extract_document(make_document(text, source, title=title, published=published), settings=settings)
