"""RawDocument -> Document: decoding, HTML to text, Unicode clean-up, language check, dedup keys."""
from pipeline.normalize.document import Document, normalize

__all__ = ["Document", "normalize"]
