"""Shared helpers of the benchmarks: environment, machine description, timing of child processes."""
from __future__ import annotations

import os

# One thread per process for every numeric library: the benchmarks choose parallelism by process count.
for _key, _value in {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
                     "BLIS_NUM_THREADS": "1", "DO_NOT_TRACK": "1", "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
                     "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120", "HF_HUB_OFFLINE": "1"}.items():
    os.environ.setdefault(_key, _value)

import json  # noqa: E402
import platform  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from importlib import metadata  # noqa: E402
from pathlib import Path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
BENCH = REPO / "bench"
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))
VENV_BIN = Path(sys.executable).parent
WARTA = str(VENV_BIN / "warta")
LIBRARIES = ("spacy", "duckdb", "prefect", "pyarrow", "pandas", "trafilatura", "numpy", "thinc")


def machine() -> dict:
    """What the figures were measured on."""
    mem_kb = 0
    cpu = platform.processor()
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = {}
    for name in LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return {
        "cores": os.cpu_count(), "cpu": cpu, "memory_gb": round(mem_kb / 1024 / 1024, 1),
        "python": platform.python_version(), "platform": platform.platform(), "libraries": versions,
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }


@dataclass
class ChildRun:
    returncode: int
    seconds: float
    peak_rss_mb: float
    stdout: str
    stderr: str


def run_child(cmd: list[str], env: dict | None = None, cwd: Path | None = None) -> ChildRun:
    """Run a command; wall time and the peak RSS of that child alone (os.wait4 gives its own rusage)."""
    started = time.perf_counter()
    out_path, err_path = Path(f"/tmp/warta-bench-{os.getpid()}.out"), Path(f"/tmp/warta-bench-{os.getpid()}.err")
    with out_path.open("w") as out, err_path.open("w") as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env={**os.environ, **(env or {})}, cwd=cwd)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    result = ChildRun(proc.returncode, seconds, usage.ru_maxrss / 1024, out_path.read_text(), err_path.read_text())
    out_path.unlink(missing_ok=True)
    err_path.unlink(missing_ok=True)
    return result


def peak_rss_mb() -> float:
    """Peak RSS of this process so far."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def save(name: str, result: dict, out_dir: Path | None = None) -> Path:
    """Write one benchmark's figures as JSON (bench/results/NAME.json) and echo them."""
    out_dir = out_dir or BENCH / "results"
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{name}.json"
    path.write_text(json.dumps(result, indent=2, ensure_ascii=False, default=str))
    print(json.dumps(result, indent=2, ensure_ascii=False, default=str))
    return path
