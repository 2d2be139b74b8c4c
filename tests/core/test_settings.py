"""Settings: one object from warta.toml, the documented environment overrides and the command line; the
components get it through their spaCy config; importing warta sets nothing."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.config import ConfigError, parse_config
from pipeline.settings import ENV_OVERRIDES, PROCESS_ENV, Settings, SettingsError, from_env, resolve_settings

REPO = Path(__file__).resolve().parents[2]
TEXT = ("Bupati Sigi Mohamad Yasin Latjuba membuka rapat koordinasi kesehatan di Kantor Bupati Sigi, "
        "Senin (3/6/2024). Rapat dihadiri kepala puskesmas se-Kabupaten Sigi dan membahas layanan posyandu.")


def test_toml_tables_become_settings(tmp_path):
    cfg = parse_config({"extraction": {"ner": True, "ner_model": "models/other-ner"},
                        "store": {"memory_limit": "2GB"}}, base=tmp_path)
    assert cfg.settings == Settings(ner=True, ner_model=str(tmp_path / "models/other-ner"), db_memory_limit="2GB")
    assert parse_config({}).settings == Settings()


@pytest.mark.parametrize("raw, message", [
    ({"extraction": {"nerr": True}}, "unknown key(s) nerr"),
    ({"extraction": {"ner": "maybe"}}, "expected true or false"),
    ({"store": "2GB"}, "[store] must be a table"),
])
def test_bad_settings_in_the_file_are_named(raw, message):
    with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("(", r"\(").replace(")", r"\)")):
        parse_config(raw, path="warta.toml")


def test_environment_overrides_the_file_and_flags_override_both():
    file = Settings(ner=True, db_memory_limit="2GB")
    env = {"WARTA_NER": "0", "WARTA_SYNTAX": "yes", "WARTA_DB_MEMORY_LIMIT": "512MB"}
    assert from_env(file, env) == Settings(ner=False, syntax=True, db_memory_limit="512MB")
    assert resolve_settings(file, env, syntax=False, ner=None) == Settings(ner=False, syntax=False,
                                                                        db_memory_limit="512MB")
    with pytest.raises(SettingsError, match="WARTA_NER"):
        from_env(None, {"WARTA_NER": "perhaps"})
    assert set(ENV_OVERRIDES.values()) <= {f for f in Settings.__dataclass_fields__}


def test_settings_reach_the_components_through_their_config(tmp_path):
    from pipeline.extract.registry import build_nlp

    nlp = build_nlp(settings=Settings(ner=True, ner_model=str(tmp_path / "ner"), syntax=True,
                                      stanza_dir=str(tmp_path / "stanza")))
    assert nlp.get_pipe("warta_ner").enabled is True
    assert Path(nlp.get_pipe("warta_ner").model) == tmp_path / "ner"
    assert nlp.get_pipe("warta_syntax").enabled is True
    assert nlp.get_pipe("warta_syntax").model_dir == tmp_path / "stanza"
    assert nlp.get_pipe_config("warta_ner")["model"] == str(tmp_path / "ner")  # spaCy's own config holds it
    default = build_nlp()
    assert default.get_pipe("warta_ner").enabled is True and default.get_pipe("warta_syntax").enabled is False


def test_importing_warta_sets_nothing():
    env = {k: v for k, v in os.environ.items() if k not in PROCESS_ENV}
    code = ("import os, json; before = dict(os.environ)\n"
            "import pipeline, pipeline.cli, pipeline.flows, pipeline.runs, pipeline.extract.run\n"
            "print(json.dumps({k: v for k, v in os.environ.items() if before.get(k) != v}))")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=REPO,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert json.loads(proc.stdout.strip().splitlines()[-1]) == {}


def test_cli_flags_and_config_change_what_runs(tmp_path, monkeypatch):
    from pipeline.cli import app
    from pipeline.version import extractor_version

    for var in ENV_OVERRIDES:
        monkeypatch.delenv(var, raising=False)
    release = tmp_path / "rilis.txt"
    release.write_text(TEXT, encoding="utf-8")
    config = tmp_path / "warta.toml"
    config.write_text("[extraction]\nner = false\n", encoding="utf-8")
    runner = CliRunner()

    def version(*args: str, env: dict | None = None) -> str:
        result = runner.invoke(app, [*args, "extract", str(release)], env=env)
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout.splitlines()[0])["extractor_version"]

    off = extractor_version(Settings(ner=False))
    assert off != extractor_version(Settings())
    assert version() == extractor_version(Settings())
    assert version("--no-ner") == off
    assert version("--config", str(config)) == off
    assert version("--config", str(config), "--ner") == extractor_version(Settings())
    assert version(env={"WARTA_NER": "0"}) == off
    bad = runner.invoke(app, ["--config", str(tmp_path / "missing.toml"), "extract", str(release)])
    assert bad.exit_code == 2 and "no config file" in bad.output
