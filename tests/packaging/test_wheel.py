"""A built wheel installed in a fresh venv runs `warta extract` and `warta run` like the editable install.

The fresh venv gets the wheel alone (`pip install --no-deps`); its dependencies come from the test's own
environment through a .pth file naming that environment's site-packages, so torch & co. are not installed
again. The wheel must bring everything else: the rule tables, the store's SQL, the models.
"""
from __future__ import annotations

import json
import os
import site
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

pytestmark = pytest.mark.packaging

REPO = Path(__file__).resolve().parents[2]
RELEASE = ("Dinas Kesehatan Provinsi Sulawesi Tengah menggelar rapat koordinasi penanganan stunting di Palu, "
           "Selasa (4/6/2024). Kepala Dinas Kesehatan Provinsi Sulawesi Tengah, dr. Rina Lamasitudju, membuka rapat "
           "itu dan meminta puskesmas memperkuat layanan posyandu di setiap desa.")


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "WARTA_MODELS_DIR")}
    return {**env, "DO_NOT_TRACK": "1", "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "OMP_NUM_THREADS": "1"}


def _run(cmd: list, cwd: Path, timeout: int = 600) -> subprocess.CompletedProcess:
    proc = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, cwd=cwd, env=_env(),
                          timeout=timeout)
    assert proc.returncode == 0, f"{cmd}: {proc.stdout[-2000:]}\n{proc.stderr[-3000:]}"
    return proc


@pytest.fixture(scope="module")
def wheel_venv(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("wheel")
    _run([sys.executable, "-m", "pip", "wheel", REPO, "--no-deps", "--no-build-isolation", "-q", "-w",
          root / "dist"], cwd=root)
    wheel = next((root / "dist").glob("warta-*.whl"))
    env_dir = root / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    purelib = Path(subprocess.run([env_dir / "bin" / "python", "-c",
                                   "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                  capture_output=True, text=True, check=True).stdout.strip())
    # the dependencies of this environment, not warta itself (its editable finder is a .pth of its own)
    deps = [p for p in site.getsitepackages() + [sysconfig.get_paths()["purelib"]] if Path(p).is_dir()]
    (purelib / "test_dependencies.pth").write_text("\n".join(dict.fromkeys(deps)) + "\n")
    _run([sys.executable, "-m", "pip", "--python", env_dir / "bin" / "python", "install", "--no-deps", "-q",
          wheel], cwd=root)
    return env_dir


def test_wheel_extracts_like_the_editable_install(wheel_venv, tmp_path):
    release = tmp_path / "rilis.txt"
    release.write_text(RELEASE, encoding="utf-8")
    where = _run([wheel_venv / "bin" / "python", "-c", "import pipeline, pipeline.paths as p; "
                  "print(pipeline.__file__); print(p.MODELS_DIR)"], cwd=tmp_path).stdout.split()
    assert str(wheel_venv) in where[0], f"warta imported from {where[0]}, not the wheel"
    assert (Path(where[1]) / "topics" / "model.joblib").is_file()  # the models came with the wheel
    installed = _run([wheel_venv / "bin" / "warta", "extract", release], cwd=tmp_path).stdout
    editable = _run([sys.executable, "-m", "pipeline.cli", "extract", release], cwd=REPO).stdout
    assert json.loads(installed) == json.loads(editable)


def test_wheel_runs_a_folder(wheel_venv, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "rilis.txt").write_text(RELEASE, encoding="utf-8")
    db = tmp_path / "w.duckdb"
    _run([wheel_venv / "bin" / "warta", "run", "--no-flow", "--corpus", corpus, "--db", db, "--json",
          tmp_path / "s.json"], cwd=tmp_path)
    summary = json.loads((tmp_path / "s.json").read_text())
    assert summary["new"] == 1 and summary["facts"]["persons"] >= 1
