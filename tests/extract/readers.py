"""Views of extracted facts shared by the extraction tests."""
from pipeline.extract import extract_text


def titles_by_person(text: str) -> dict[str, list[str]]:
    """Each person's name -> the texts of their titles, in order."""
    return {p.name: [t.text for t in p.titles] for p in extract_text(text).persons}
