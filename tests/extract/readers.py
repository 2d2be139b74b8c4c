"""Views of extracted facts shared by the extraction tests."""
from pipeline.extract import extract_text


def titles_by_person(text: str) -> dict[str, list[str]]:
    """Each person's name -> the texts of their titles, in order."""
    return {p.name: [t.text for t in p.titles] for p in extract_text(text).persons}


def places_found(text: str) -> list[tuple[str, str, str | None]]:
    """Each place as (name, kind, code), in order."""
    return [(p.name, p.kind, p.code) for p in extract_text(text).places]


def main_event(text: str, title: str | None = None, published: str = "2025-03-01"):
    """The main event of a release (its headline given apart, or read from the text). Fails when there is none."""
    event = extract_text(text, title=title, published=published).main_event
    assert event is not None
    return event
