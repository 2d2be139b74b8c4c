"""What a run may change without code: which optional components run, which models, the store's memory.

One `Settings` object, made where the process starts (the `warta` command, a flow's entry) from, in order:
the defaults below, the `[extraction]` and `[store]` tables of warta.toml, the documented environment
overrides (ENV_OVERRIDES), then command-line flags. Nothing reads the environment or sets anything on import;
the components get their part of the settings through their spaCy config when the Language is built.
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from pipeline.paths import MODELS_DIR

TRUE = {"1", "true", "yes", "on"}
FALSE = {"0", "false", "no", "off", ""}


@dataclass(frozen=True)
class Settings:
    # the trained NER on the windows the rules leave unexplained (names without a title, lists of participants)
    ner: bool = True
    # a stanza parse of the main event's sentences (off: no change on either gold set, ~550 words/s)
    syntax: bool = False
    ner_model: str | None = None  # a spaCy NER pipeline directory (None: models/ner-id)
    stanza_dir: str | None = None  # a stanza model directory in stanza's layout (None: models/stanza-id)
    db_memory_limit: str | None = None  # DuckDB memory_limit of write connections (None: store.db's default)

    # ---------------------------------------------------------------- derived
    def ner_model_path(self) -> Path:
        return Path(self.ner_model) if self.ner_model else MODELS_DIR / "ner-id"

    def stanza_path(self) -> Path:
        return Path(self.stanza_dir) if self.stanza_dir else MODELS_DIR / "stanza-id"

    def component_configs(self) -> dict[str, dict[str, Any]]:
        """The spaCy config of the components these settings reach, by component name."""
        return {
            "warta_ner": {"enabled": self.ner, "model": str(self.ner_model_path())},
            "warta_organizations": {"ner": self.ner, "model": str(self.ner_model_path())},
            "warta_syntax": {"enabled": self.syntax, "model_dir": str(self.stanza_path())},
        }

    def output_key(self) -> dict[str, Any]:
        """The settings that change extraction output (part of the extractor version). The model paths are
        not: the models' contents are digested instead, so the same model anywhere gives the same version."""
        return {"ner": self.ner, "syntax": self.syntax}

    def models_used(self) -> list[Path]:
        """Model folders whose files the output depends on under these settings (besides models/topics)."""
        used = [MODELS_DIR / "topics"]
        if self.ner:
            used.append(self.ner_model_path())
        if self.syntax:
            used.append(self.stanza_path())
        return used

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, values: Mapping[str, Any] | None) -> Settings:
        return cls(**(values or {}))

    def updated(self, **values: Any) -> Settings:
        """These settings with the given values; None leaves a setting as it is (an option not given)."""
        return replace(self, **{k: v for k, v in values.items() if v is not None})


# Environment variables that override warta.toml (and are overridden by command-line flags).
ENV_OVERRIDES = {
    "WARTA_NER": "ner",
    "WARTA_SYNTAX": "syntax",
    "WARTA_NER_MODEL": "ner_model",
    "WARTA_STANZA_DIR": "stanza_dir",
    "WARTA_DB_MEMORY_LIMIT": "db_memory_limit",
}
_BOOLEAN = {f.name for f in fields(Settings) if f.type in ("bool", bool)}
# warta.toml tables holding settings: key in the file -> setting
_TOML_NAMES = {"extraction": {"ner_model": "ner_model", "stanza_dir": "stanza_dir", "ner": "ner", "syntax": "syntax"},
               "store": {"memory_limit": "db_memory_limit"}}


class SettingsError(ValueError):
    pass


def parse_bool(name: str, value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in TRUE:
        return True
    if text in FALSE:
        return False
    raise SettingsError(f"{name}: expected true or false, not {value!r}")


def from_env(base: Settings | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """`base` with the environment overrides applied."""
    environ = os.environ if environ is None else environ
    values: dict[str, Any] = {}
    for var, name in ENV_OVERRIDES.items():
        if var in environ:
            raw = environ[var]
            values[name] = parse_bool(var, raw) if name in _BOOLEAN else (raw or None)
    return replace(base or Settings(), **values)


def from_toml(raw: Mapping[str, Any], base: Path = Path("."), where: str = "config") -> Settings:
    """The settings of a parsed warta.toml (its [extraction] and [store] tables); relative paths are
    relative to `base`, the file's folder."""
    values: dict[str, Any] = {}
    for table, names in _TOML_NAMES.items():
        entries = raw.get(table) or {}
        if not isinstance(entries, Mapping):
            raise SettingsError(f"{where}: [{table}] must be a table")
        unknown = set(entries) - set(names)
        if unknown:
            raise SettingsError(f"{where}: [{table}]: unknown key(s) {', '.join(sorted(unknown))} "
                                f"(known: {', '.join(sorted(names))})")
        for key, value in entries.items():
            name = names[key]
            if name in _BOOLEAN:
                value = parse_bool(f"{where}: [{table}] {key}", value)
            elif name in ("ner_model", "stanza_dir"):
                path = Path(str(value)).expanduser()
                value = str(path if path.is_absolute() else base / path)
            else:
                value = str(value)
            values[name] = value
    return Settings(**values)


def resolve_settings(config: Settings | None = None, environ: Mapping[str, str] | None = None,
                     **flags: Any) -> Settings:
    """The settings of a process: the config's (or the defaults), the environment overrides, then the
    flags given (None: not given)."""
    return from_env(config, environ).updated(**flags)


# Quiet, offline defaults for the libraries warta drives, set by the entry points (the `warta` command, the
# flows script) before those libraries load; a value already in the environment wins.
PROCESS_ENV = {
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "HF_HUB_OFFLINE": "1",
    "TOKENIZERS_PARALLELISM": "false",
}


def set_process_defaults() -> None:
    for key, value in PROCESS_ENV.items():
        os.environ.setdefault(key, value)
