"""`warta extract` prints one JSON object per document with every key of the facts contract."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import CORPUS, SEED

CONTRACT = ("source", "persons", "organizations", "places", "venues", "dates", "themes", "topics",
            "representations", "main_event")


def warta(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], input=stdin, capture_output=True,
                          timeout=300)


def check_contract(obj: dict) -> None:
    for key in CONTRACT:
        assert key in obj, f"missing key {key}"
    for key in CONTRACT[1:-1]:
        assert isinstance(obj[key], list)
    for p in obj["persons"]:
        assert isinstance(p["name"], str) and isinstance(p["titles"], list)
        for start, end in p["spans"]:
            assert 0 <= start < end
    for o in obj["organizations"]:
        assert o["kind"] in {"government", "company", "association", "education", "other"}
        assert isinstance(o["aliases"], list)
    for pl in obj["places"]:
        assert pl["kind"] in {"negara", "provinsi", "kabupaten", "kota", "kecamatan", "desa", "other"}
    for d in obj["dates"]:
        assert set(d) >= {"text", "start", "end"}
    assert all(isinstance(v, str) for v in obj["venues"] + obj["themes"] + obj["topics"])
    for r in obj["representations"]:
        assert set(r) >= {"principal", "representative"}
    if obj["main_event"] is not None:
        assert set(obj["main_event"]) >= {"name", "start", "end", "place", "venue", "organizer"}


def test_extract_files_prints_json_lines():
    html = sorted((CORPUS / "html").glob("*.html"))[0]
    result = warta("extract", str(SEED), str(html))
    assert result.returncode == 0, result.stderr.decode()
    lines = result.stdout.decode().strip().splitlines()
    assert len(lines) == 2
    objects = [json.loads(line) for line in lines]
    for obj in objects:
        check_contract(obj)
    assert objects[0]["source"] == str(SEED)


def invoke(*args: str, stdin: bytes | None = None):
    from typer.testing import CliRunner

    from pipeline.cli import app

    return CliRunner().invoke(app, list(args), input=stdin)


def test_extract_stdin():
    result = invoke("extract", "-", stdin=SEED.read_bytes())
    assert result.exit_code == 0, result.stderr
    obj = json.loads(result.stdout)
    check_contract(obj)
    assert obj["source"] == "-"
    # offsets point into the text that was read
    text = SEED.read_text(encoding="utf-8").strip()
    for p in obj["persons"]:
        for start, end in p["spans"]:
            assert text[start:end].strip()


def test_extract_bad_file_is_named_and_others_still_print(tmp_path: Path):
    bad = tmp_path / "foto.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    result = invoke("extract", str(bad), str(SEED))
    assert result.exit_code == 1
    assert "foto.txt" in result.stderr and "binary" in result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    check_contract(json.loads(lines[0]))


def test_extract_with_every_input_rejected_exits_non_zero_and_says_why(tmp_path: Path):
    only_docs = tmp_path / "kosong"
    only_docs.mkdir()
    (only_docs / "README.md").write_text("Folder rilis.\n")
    (only_docs / ".catatan.txt").write_text("catatan pribadi\n")
    (tmp_path / "kosong.txt").write_text("\n")
    result = invoke("extract", str(only_docs), str(tmp_path / "kosong.txt"))
    assert result.exit_code == 1 and result.stdout == ""
    assert f"{only_docs}: no release found in it" in result.stderr
    assert "kosong.txt: empty document" in result.stderr
    assert "nothing extracted: every input was rejected (2)" in result.stderr
