"""The README's command table lists every command of `warta`."""
from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).resolve().parents[2] / "README.md"


def test_readme_lists_every_command():
    from pipeline.cli import app

    names = {c.name or c.callback.__name__ for c in app.registered_commands}
    table = README.read_text(encoding="utf-8").split("## Commands", 1)[1].split("\n## ", 1)[0]
    listed = set(re.findall(r"^\| `warta (\w+)", table, flags=re.M))
    assert names - listed == set(), f"add to the README command table: {sorted(names - listed)}"
    assert listed - names == set(), f"the README lists commands warta does not have: {sorted(listed - names)}"
