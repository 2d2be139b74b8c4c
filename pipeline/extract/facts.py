"""The facts contract as typed records: they live in pipeline.records (importable without the extractors)."""
from pipeline.records import (  # noqa: F401  (re-exported)
    CONTRACT_KEYS,
    DateSpan,
    Event,
    Facts,
    Mention,
    Organization,
    Person,
    Place,
    Representation,
    Role,
    Span,
    Theme,
    Title,
    Topic,
    Venue,
)
