"""Mentions on a Doc -> document-level Facts, one step per key (order matters: later steps read earlier keys)."""
from __future__ import annotations

from spacy.tokens import Doc

from pipeline.extract import dates, events, organizations, persons, places, representations, themes, topics, venues
from pipeline.extract.facts import Facts
from pipeline.normalize.document import Document
from pipeline.normalize.text import has_invisibles, word_end
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


def _one_space(value: str | None) -> str | None:
    return " ".join(value.split()) if value and ("  " in value or "\t" in value) else value


def _single_spaced(facts: Facts) -> None:
    """Names read from text typed with double spaces ("Sekda Sigi  Rahmat  Hidayat"), or with an entity written
    as spaces, are written with one space between words."""
    for p in facts.persons:
        p.name = _one_space(p.name)
        for t in p.titles:
            t.text, t.organization, t.portfolio = _one_space(t.text), _one_space(t.organization), _one_space(t.portfolio)
    for o in facts.organizations:
        o.name, o.parent = _one_space(o.name), _one_space(o.parent)
        o.aliases = [_one_space(a) for a in o.aliases]
    for v in facts.venues:
        v.name = _one_space(v.name)
    for p in facts.places:
        p.name = _one_space(p.name)
    for d in facts.dates:
        d.text = _one_space(d.text)
    for t in facts.themes:
        t.text = _one_space(t.text)
    for r in facts.representations:
        r.principal, r.representative = _one_space(r.principal), _one_space(r.representative)
    for e in ([facts.main_event] if facts.main_event else []) + facts.events:
        e.name, e.venue, e.organizer, e.place = (_one_space(e.name), _one_space(e.venue), _one_space(e.organizer),
                                                 _one_space(e.place))
        for r in e.roles:
            r.name = _one_space(r.name)


def _whole_words(facts: Facts, original: str, text: str) -> None:
    """Spans read from a text whose invisible characters were moved out of its words end where the words end."""
    def whole(span):
        return (span[0], word_end(original, text, span[1])) if span else span

    for p in facts.persons:
        p.spans = [whole(s) for s in p.spans]
        for t in p.titles:
            t.span = whole(t.span)
    for things in (facts.organizations, facts.places, facts.venues):
        for x in things:
            x.spans = [whole(s) for s in x.spans]


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
    text = doc_text(doc)
    if "  " in text or "\t" in text:
        _single_spaced(facts)
    if has_invisibles(document.text):
        _whole_words(facts, document.text, text)
    posts.fill(facts, text)  # after every step: the posts of the titles, read by nothing above
    _section_fields(facts)
    return facts


def _section_fields(facts: Facts) -> None:
    """'Kasi Pemerintahan Kecamatan X', 'Kaur Pemerintahan Desa Y': after a post's head "Pemerintahan" is the
    section's field (governance), so the post names no region's government; dropped once the posts took their
    region from it."""
    inner = [t.span for p in facts.persons for t in p.titles if t.span and " Pemerintahan " in t.text]
    if not inner:
        return
    facts.organizations = [o for o in facts.organizations if not (
        o.name.startswith("Pemerintahan ") and o.spans
        and all(any(a < s[0] and s[1] <= b for a, b in inner) for s in o.spans))]
