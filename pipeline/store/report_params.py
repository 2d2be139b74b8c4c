"""Report parameters checked before any SQL runs: each a one-line error naming the option and the value, with
close matches for provinces. Reports take their validators from VALIDATORS by parameter name."""
from __future__ import annotations

import difflib
from collections.abc import Callable
from datetime import date
from functools import lru_cache


class ParameterError(ValueError):
    """A report parameter that cannot be used (the message is one line, ready for the terminal)."""


@lru_cache(maxsize=1)
def provinces() -> dict[str, str]:
    """Province code -> name (Kemendagri, as in the `regions` table)."""
    from pipeline.resolve.gazetteer import regions

    return {code: name for code, name in regions().items() if "." not in code}


@lru_cache(maxsize=1)
def _province_keys() -> dict[str, str]:
    """Every way to name a province (code, name, known alias such as NTT or Sulteng), folded -> code."""
    from pipeline.resolve.gazetteer import name_key
    from pipeline.resolve.regions import aliases

    keys = {name_key(name): code for code, name in provinces().items()}
    keys.update({alias: code for alias, (code, _) in aliases().items() if "." not in code})
    keys.update({code: code for code in provinces()})
    return keys


def province_code(value: str) -> str:
    """The province code of a code, name or alias; a ParameterError with the closest provinces otherwise."""
    from pipeline.resolve.gazetteer import name_key

    text = str(value).strip()
    names = provinces()
    if text in names:
        return text
    key = name_key(text)
    code = _province_keys().get(key) if key else None
    if code:
        return code
    if "." in text and text.split(".")[0] in names:
        head = text.split(".")[0]
        raise ParameterError(f"--province {text!r} is a kabupaten/kota code; its province is {head} "
                             f"({names[head]})")
    labels = {f"{name} ({code})": code for code, name in names.items()}
    candidates = {name_key(label.rsplit(" (", 1)[0]): label for label in labels}
    candidates.update({code: f"{names[code]} ({code})" for code in names})
    close = difflib.get_close_matches(key or text, list(candidates), n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(dict.fromkeys(candidates[c] for c in close))}?" if close else \
        "; `warta query \"SELECT code, name FROM regions WHERE level = 1\"` lists them"
    return _raise(f"--province {text!r} is not a province code, name or known abbreviation{hint}")


def region_code(value: str) -> str:
    """The Kemendagri code of a region code or name ('53.07', 'Sikka', 'Kabupaten Sikka', 'NTT'); a
    ParameterError with the closest regions otherwise."""
    from pipeline.resolve.gazetteer import bare_name, name_key, regions
    from pipeline.resolve.regions import resolve_place

    text = str(value).strip()
    names = regions()
    if text in names:
        return text
    try:
        found = resolve_place(text) if text else None
    except Exception:  # an unreadable name is an unknown region
        found = None
    if found is not None and found.code:
        return found.code
    from pipeline.resolve.regions import canonical_name

    labels: dict[str, str] = {}
    for code in names:
        if code.count(".") <= 1:  # provinces and kabupaten/kota: a kecamatan is reached through its name
            label = f"{canonical_name(code)} ({code})"
            labels.setdefault(name_key(bare_name(canonical_name(code))), label)
            labels.setdefault(name_key(canonical_name(code)), label)
    close = difflib.get_close_matches(name_key(text) or text, list(labels), n=3, cutoff=0.75)
    hint = f"; did you mean {', '.join(dict.fromkeys(labels[c] for c in close))}?" if close else \
        "; `warta query \"SELECT code, name FROM regions\"` lists them"
    return _raise(f"--region {text!r} is not a region code or name{hint}")


def words(name: str) -> Callable[[object], str]:
    def parse(value: object) -> str:
        text = " ".join(str(value).split())
        return text if text else _raise(f"--{name} is empty")
    return parse


def day(name: str) -> Callable[[object], date]:
    def parse(value: object) -> date:
        if isinstance(value, date):
            return value
        text = str(value).strip()
        try:
            return date.fromisoformat(text) if len(text) == 10 else _raise("expected YYYY-MM-DD")
        except ValueError as exc:
            raise ParameterError(f"--{name} {text!r} is not a date (YYYY-MM-DD): {exc}") from None
    return parse


def positive(name: str) -> Callable[[object], int]:
    def parse(value: object) -> int:
        try:
            number = int(value)
        except (TypeError, ValueError):
            raise ParameterError(f"--{name} {value!r} is not a whole number") from None
        if number < 1:
            raise ParameterError(f"--{name} must be at least 1, not {number}")
        return number
    return parse


def _raise(message: str):
    raise ParameterError(message)


# parameter -> validator returning the value the SQL gets
VALIDATORS: dict[str, Callable[[object], object]] = {
    "province": province_code,
    "since": day("since"),
    "until": day("until"),
    "limit": positive("limit"),
    "region": region_code,
    "post": words("post"),
}


def check_params(values: dict[str, object]) -> dict[str, object]:
    """The given values (None: not given) as the SQL expects them; a ParameterError for the first bad one."""
    checked = {}
    for name, value in values.items():
        validator = VALIDATORS.get(name)
        checked[name] = validator(value) if value is not None and validator else value
    since, until = checked.get("since"), checked.get("until")
    if isinstance(since, date) and isinstance(until, date) and since > until:
        raise ParameterError(f"--since {since} is after --until {until}")
    return checked
