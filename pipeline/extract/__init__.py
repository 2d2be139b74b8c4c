"""spaCy Doc -> Facts. Importing this package registers every extraction component with spaCy."""
from pipeline.extract import (  # noqa: F401  (registration side effects)
    dates,
    entities,
    events,
    organizations,
    persons,
    places,
    representations,
    themes,
    titles,
    venues,
)
from pipeline.extract.run import extract_document, extract_documents, extract_text

__all__ = ["extract_document", "extract_documents", "extract_text"]
