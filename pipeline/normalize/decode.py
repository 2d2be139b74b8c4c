"""Bytes -> str with a clear reject for binary content and a fallback for legacy encodings."""
from __future__ import annotations

import codecs

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


def _legacy_bytes(exc: UnicodeDecodeError) -> tuple[str, int]:
    bad = exc.object[exc.start:exc.end]
    return "".join(_CP1252_GAPS.get(b) or bytes([b]).decode("cp1252") for b in bad), exc.end


_CP1252_GAPS = {b: chr(b) for b in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
_LEGACY = "warta-legacy"
codecs.register_error(_LEGACY, _legacy_bytes)


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
    # Legacy bytes, alone or mixed with UTF-8 in one file: valid UTF-8 stays UTF-8, the rest is read as
    # Windows-1252 (the usual legacy encoding of Indonesian pages; latin-1 covers its five unused bytes).
    text = body.decode("utf-8-sig", errors=_LEGACY)
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t")
    if controls > max(10, len(text) // 100):
        raise RejectError("undecodable bytes (neither UTF-8 nor a legacy text encoding)")
    return text
