"""Bytes -> str with a clear reject for binary content and a fallback for legacy encodings."""
from __future__ import annotations

from pipeline.rejects import RejectError

# Magic numbers of formats that are sometimes saved with a text suffix.
BINARY_SIGNATURES = {
    b"\x89PNG": "PNG image",
    b"PK\x03\x04": "ZIP archive (or docx/xlsx)",
    b"%PDF": "PDF document",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"\x1f\x8b": "gzip archive",
    b"\xd0\xcf\x11\xe0": "MS Office document",
}


def decode_body(body: str | bytes) -> str:
    if isinstance(body, str):
        return body
    for signature, name in BINARY_SIGNATURES.items():
        if body.startswith(signature):
            raise RejectError(f"binary content ({name}), not text")
    if b"\x00" in body[:4096]:
        raise RejectError("binary content (NUL bytes), not text")
    try:
        return body.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Windows-1252 is the usual legacy encoding of Indonesian pages; latin-1 decodes any byte.
    try:
        text = body.decode("cp1252")
    except UnicodeDecodeError:
        text = body.decode("latin-1")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t")
    if controls > max(10, len(text) // 100):
        raise RejectError("undecodable bytes (neither UTF-8 nor a legacy text encoding)")
    return text
