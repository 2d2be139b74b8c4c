"""Mentions on a Doc -> document-level Facts, one step per key (order matters: later steps read earlier keys)."""
from __future__ import annotations

from spacy.tokens import Doc

from pipeline.extract import dates, events, organizations, persons, places, representations, themes, topics, venues
from pipeline.extract.facts import Facts
from pipeline.normalize.document import Document
from pipeline.resolve import posts
from pipeline.resolve.tokens import doc_text
from pipeline.version import extractor_version

ASSEMBLY_STEPS = (
    organizations.to_facts,
    places.to_facts,
    persons.to_facts,
    venues.to_facts,
    dates.to_facts,
    themes.to_facts,
    representations.to_facts,
    events.to_facts,
    topics.to_facts,
)


def assemble(doc: Doc, document: Document, version: str | None = None) -> Facts:
    facts = Facts(
        document_id=document.id,
        source=document.source,
        extractor_version=version or extractor_version(),
        published=document.published,
        title=document.title,
    )
    for step in ASSEMBLY_STEPS:
        step(doc, facts)
    posts.fill(facts, doc_text(doc))  # after every step: the posts of the titles, read by nothing above
    return facts
