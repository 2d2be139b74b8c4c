"""`python flows.py`: --help and unknown arguments print the usage and run nothing; `serve` without a reachable
Prefect server says what to start and exits non-zero."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def flows(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    environ.update({"PYTHONPATH": str(REPO), "PREFECT_HOME": str(cwd / ".prefect"), **(env or {})})
    return subprocess.run([sys.executable, str(REPO / "flows.py"), *args], cwd=cwd, env=environ,
                          capture_output=True, text=True, timeout=120)


def test_help_and_unknown_arguments_run_nothing(tmp_path):
    shown = flows("--help", cwd=tmp_path)
    assert shown.returncode == 0 and "usage: python flows.py" in shown.stdout and "serve" in shown.stdout
    wrong = flows("--corpsu", "x", cwd=tmp_path)
    assert wrong.returncode == 2 and "error:" in wrong.stderr
    wrong = flows("srve", cwd=tmp_path)
    assert wrong.returncode == 2 and "invalid choice" in wrong.stderr
    assert not (tmp_path / "warta.duckdb").exists()  # no pipeline ran


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_without_a_prefect_server_says_what_to_start(tmp_path):
    config = tmp_path / "warta.toml"
    config.write_text('schedule = "0 */6 * * *"\n[[sources]]\nspec = "corpus"\n')
    unset = flows("serve", str(config), cwd=tmp_path)
    assert unset.returncode == 2
    assert "PREFECT_API_URL is not set" in unset.stderr and "prefect server start" in unset.stderr
    url = f"http://127.0.0.1:{_closed_port()}/api"
    down = flows("serve", str(config), cwd=tmp_path, env={"PREFECT_API_URL": url})
    assert down.returncode == 2
    assert f"no Prefect server answers at PREFECT_API_URL={url}" in down.stderr
    assert "export PREFECT_API_URL=" in down.stderr
    missing = flows("serve", str(tmp_path / "nope.toml"), cwd=tmp_path)
    assert missing.returncode == 2 and "no config file" in missing.stderr
