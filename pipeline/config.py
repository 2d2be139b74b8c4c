"""warta.toml: the sources of scheduled runs, the database, the schedule and how extraction runs.

Relative paths in the file are relative to the file's folder. Unknown keys are errors (a typo must not
silently turn a setting off). See warta.example.toml for every key.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from pipeline.settings import Settings, SettingsError, from_toml
from pipeline.sources.http import HttpSettings

SOURCE_KINDS = ("files", "urls", "feed", "wordpress", "sitemap")
TASK_RUNNERS = ("local", "dask")


class ConfigError(ValueError):
    pass


@dataclass
class SourceConfig:
    spec: str  # path, URL or URL-list file
    kind: str | None = None  # files | urls | feed | wordpress | sitemap (None: recognised, see sources.detect)
    name: str | None = None
    options: dict[str, Any] = field(default_factory=dict)  # adapter options (fields, pattern, per_page, ...)
    http: dict[str, Any] = field(default_factory=dict)  # per-source HTTP overrides (rate_limit, timeout, ...)

    @property
    def label(self) -> str:
        return self.name or self.spec


@dataclass
class Config:
    db: str = "warta.duckdb"
    schedule: str | None = None  # cron, e.g. "0 */6 * * *"
    timezone: str = "Asia/Jakarta"
    batch_size: int = 32
    task_runner: str = "local"  # local | dask
    dask_address: str | None = None  # an existing scheduler (tcp://host:8786); none: a LocalCluster
    dask_workers: int = 2
    near_duplicate_threshold: float = 0.5  # 0 turns near-duplicate detection off
    max_chars: int | None = None  # longest text extracted (None: normalize.document.MAX_CHARS)
    deployment: str = "warta-scheduled"
    http: HttpSettings = field(default_factory=HttpSettings)
    sources: list[SourceConfig] = field(default_factory=list)
    settings: Settings = field(default_factory=Settings)  # [extraction] and [store]
    path: str | None = None

    def http_for(self, src: SourceConfig) -> HttpSettings:
        values = {f.name: getattr(self.http, f.name) for f in fields(HttpSettings)}
        values.update(src.http)
        return HttpSettings.from_dict(values)


_SOURCE_KEYS = {"kind", "spec", "name", "http"}
_HTTP_SOURCE_KEYS = {"rate_limit", "timeout", "retries", "max_bytes"}  # also allowed directly on a source


def load_config(path: str | Path) -> Config:
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"no config file at {path}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    return parse_config(raw, base=path.parent, path=str(path))


def parse_config(raw: dict[str, Any], base: Path = Path("."), path: str | None = None) -> Config:
    where = path or "config"
    raw = dict(raw)
    sources = raw.pop("sources", [])
    http = raw.pop("http", {})
    tables = {name: raw.pop(name) for name in ("extraction", "store") if name in raw}
    try:
        settings = from_toml(tables, base=base, where=where)
    except SettingsError as exc:
        raise ConfigError(str(exc)) from None
    top = {f.name for f in fields(Config)} - {"http", "sources", "path", "settings"}
    _unknown(raw, top, where)
    config = Config(**raw, path=path, settings=settings)
    try:
        config.http = HttpSettings.from_dict(http)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{where}: [http]: {exc}") from None
    if config.task_runner not in TASK_RUNNERS:
        raise ConfigError(f"{where}: task_runner must be one of {', '.join(TASK_RUNNERS)}, not {config.task_runner!r}")
    if config.batch_size < 1:
        raise ConfigError(f"{where}: batch_size must be at least 1")
    if config.max_chars is not None:
        from pipeline.normalize.document import check_max_chars

        try:
            check_max_chars(config.max_chars)
        except ValueError as exc:
            raise ConfigError(f"{where}: {exc}") from None
    config.db = str(_resolve(config.db, base))
    config.sources = [_source(entry, i, base, where) for i, entry in enumerate(sources, 1)]
    return config


def _source(entry: Any, index: int, base: Path, where: str) -> SourceConfig:
    if not isinstance(entry, dict) or "spec" not in entry:
        raise ConfigError(f"{where}: [[sources]] #{index} needs a 'spec' (a path or URL)")
    entry = dict(entry)
    kind = entry.pop("kind", None)
    if kind is not None and kind not in SOURCE_KINDS:
        raise ConfigError(f"{where}: [[sources]] #{index}: kind must be one of {', '.join(SOURCE_KINDS)}")
    spec = str(entry.pop("spec"))
    if "://" not in spec:
        spec = str(_resolve(spec, base))
    http = dict(entry.pop("http", {}))
    for key in _HTTP_SOURCE_KEYS & set(entry):
        http[key] = entry.pop(key)
    try:
        HttpSettings.from_dict(http)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{where}: [[sources]] #{index}: {exc}") from None
    name = entry.pop("name", None)
    if kind:
        _check_options(kind, entry, f"{where}: [[sources]] #{index}")
    return SourceConfig(spec=spec, kind=kind, name=name, options=entry, http=http)


def _check_options(kind: str, options: dict, where: str) -> None:
    import inspect

    from pipeline.sources.base import adapter_for

    params = inspect.signature(adapter_for("", kind)).parameters
    known = {n for n, p in params.items() if p.kind is p.KEYWORD_ONLY or p.kind is p.POSITIONAL_OR_KEYWORD}
    known -= {"spec", "client", "state"}
    _unknown(options, known | _SOURCE_KEYS | _HTTP_SOURCE_KEYS, where)


def _resolve(value: str, base: Path) -> Path:
    p = Path(value).expanduser()
    return p if p.is_absolute() else (base / p)


def _unknown(raw: dict, known: set[str], where: str) -> None:
    extra = set(raw) - known
    if extra:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(sorted(extra))} (known: {', '.join(sorted(known))})")
