"""Local files and folders: .txt, .md, .html/.htm, .json and .jsonl (records with configurable field names)."""
from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pipeline.rejects import Reject
from pipeline.sources.base import RawDocument, SourceItem, source

TEXT_SUFFIXES = {".txt": "text/plain", ".md": "text/plain", ".html": "text/html", ".htm": "text/html"}
RECORD_SUFFIXES = {".json", ".jsonl", ".ndjson"}
MAX_FILE_BYTES = 5 * 1024 * 1024
# A corpus folder's own documentation is not a release.
DOC_FILE_STEMS = {"readme", "license", "licence", "changelog", "notice"}

# Field names tried in order for each attribute of a JSON record.
DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "content", "body", "isi", "konten", "article", "description"),
    "title": ("title", "judul", "headline"),
    "published": ("published", "published_at", "date", "tanggal", "pubDate", "created_at"),
    "url": ("url", "link", "source_url", "permalink"),
    "id": ("id", "guid", "slug"),
}


def resolve_fields(fields: dict[str, str | list[str] | tuple[str, ...]] | None) -> dict[str, tuple[str, ...]]:
    """Field names from a config or the CLI ({"text": "isi"} or {"text": ["isi", "konten"]}) tried before
    the defaults."""
    if not fields:
        return DEFAULT_FIELDS
    unknown = set(fields) - set(DEFAULT_FIELDS)
    if unknown:
        raise ValueError(f"unknown record field(s) {', '.join(sorted(unknown))} "
                         f"(known: {', '.join(DEFAULT_FIELDS)})")
    resolved = dict(DEFAULT_FIELDS)
    for key, names in fields.items():
        names = (names,) if isinstance(names, str) else tuple(names)
        resolved[key] = names + tuple(n for n in DEFAULT_FIELDS[key] if n not in names)
    return resolved


def _is_path(spec: str) -> bool:
    return "://" not in spec and (Path(spec).exists() or spec == "-")


@source("files", accepts=_is_path)
def iter_files(spec: str, fields: dict | None = None, **_: Any) -> Iterator[SourceItem]:
    """Yield documents from a file or, recursively and in sorted order, from a folder."""
    fields = resolve_fields(fields)
    root = Path(spec)
    paths = [root] if root.is_file() else sorted(p for p in root.rglob("*") if not _hidden(p, root))
    for path in paths:
        if path.is_dir():
            continue
        yield from iter_file(path, fields=fields)


def _hidden(path: Path, root: Path) -> bool:
    """Dot-files and the folder's own documentation (README.md, LICENSE) are not releases."""
    if path.stem.lower() in DOC_FILE_STEMS and path.suffix.lower() in {"", ".md", ".txt", ".rst"}:
        return True
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def iter_file(path: Path, fields: dict[str, tuple[str, ...]] | None = None) -> Iterator[SourceItem]:
    name = str(path)
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES and suffix not in RECORD_SUFFIXES:
        yield Reject(name, f"unsupported file type '{suffix or path.name}'")
        return
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # reading a FIFO or a device would block or never end
            yield Reject(name, "not a regular file (FIFO, socket or device)")
            return
        size = info.st_size
        if size > MAX_FILE_BYTES:
            yield Reject(name, f"file too large ({size / 1e6:.1f} MB > {MAX_FILE_BYTES / 1e6:.0f} MB limit)")
            return
        data = path.read_bytes()
    except FileNotFoundError:
        yield Reject(name, "file vanished before it could be read")
        return
    except PermissionError:
        yield Reject(name, "file is not readable (permission denied)")
        return
    except OSError as exc:
        yield Reject(name, f"file could not be read ({exc.strerror or exc})")
        return
    if suffix in TEXT_SUFFIXES:
        yield RawDocument(source=name, body=data, media_type=TEXT_SUFFIXES[suffix], meta={"mtime": _mtime(path)})
    else:
        yield from iter_records(name, data, suffix, fields or DEFAULT_FIELDS)


def _mtime(path: Path) -> float | None:
    try:
        return os.path.getmtime(path)
    except OSError:
        return None


def iter_records(name: str, data: bytes, suffix: str, fields: dict[str, tuple[str, ...]]) -> Iterator[SourceItem]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        yield Reject(name, "JSON file is not valid UTF-8")
        return
    if suffix == ".json":
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            yield Reject(name, f"malformed JSON ({exc.msg} at line {exc.lineno})")
            return
        records = obj if isinstance(obj, list) else [obj]
        for i, record in enumerate(records, 1):
            yield _record(f"{name}#{i}" if len(records) > 1 else name, record, fields)
        return
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Reject(f"{name}#{lineno}", f"malformed JSON line ({exc.msg})")
            continue
        yield _record(f"{name}#{lineno}", record, fields)


def _first(record: dict[str, Any], names: tuple[str, ...]) -> Any:
    for key in names:
        value = record.get(key)
        if isinstance(value, dict):  # WordPress-style {"rendered": ...}
            value = value.get("rendered")
        if value not in (None, ""):
            return value
    return None


def _record(name: str, record: Any, fields: dict[str, tuple[str, ...]]) -> SourceItem:
    if not isinstance(record, dict):
        return Reject(name, f"JSON record is a {type(record).__name__}, not an object")
    body = _first(record, fields["text"])
    if not isinstance(body, str) or not body.strip():
        return Reject(name, f"JSON record has no text field (tried {', '.join(fields['text'])})")
    media_type = "text/html" if "<p" in body or "<div" in body or "<br" in body else "text/plain"
    title = _first(record, fields["title"])
    published = _first(record, fields["published"])
    return RawDocument(
        source=name,
        body=body,
        media_type=media_type,
        url=_first(record, fields["url"]),
        title=str(title) if title else None,
        published=str(published) if published else None,
        meta={"record_id": _first(record, fields["id"])},
    )
