"""The programs the suite compares, found or installed on demand.

- Cython and mypy go into a virtual environment the harness creates itself
  (examples/bench/.venv): nothing global beyond `python3` and `cc` is needed.
- taipan is built with cargo from this repository.

Every function here reports a problem as a string (shown as `n/a` with the
reason in the tables) instead of raising.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Callable

# Pinned so that results tracked over time (--json) compare like with like.
VENV_REQUIREMENTS: tuple[str, ...] = ("Cython==3.3.1", "mypy==2.4.1", "setuptools")

Progress = Callable[[str], None]


@dataclass(frozen=True)
class PythonPeers:
    """The venv interpreter with Cython and mypyc, or why there is none."""

    python: Path | None
    mypyc: Path | None
    cython_version: str | None
    mypy_version: str | None
    problem: str | None


@dataclass(frozen=True)
class TaipanPeer:
    binary: Path | None
    version: str | None
    problem: str | None


def _run(command: list[str], cwd: Path | None = None, timeout: float = 1800) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False)


def _last_error_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines:
        if line.startswith("error"):
            return line
    return lines[-1] if lines else "no output"


def python_headers_problem() -> str | None:
    include = Path(sysconfig.get_paths()["include"])
    if not (include / "Python.h").is_file():
        return f"Python headers not found ({include}/Python.h); install the python3-dev package"
    return None


def _probe_venv(python: Path) -> dict[str, str] | None:
    """Versions of the interpreter, Cython and mypy in the venv, or None if any is missing."""
    probe = (
        "import json, sys, Cython, setuptools; from mypy.version import __version__ as mypy; "
        "print(json.dumps({'python': '%d.%d' % sys.version_info[:2], 'cython': Cython.__version__, 'mypy': mypy}))"
    )
    try:
        done = _run([str(python), "-c", probe], timeout=120)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if done.returncode != 0:
        return None
    try:
        versions = json.loads(done.stdout)
    except json.JSONDecodeError:
        return None
    return versions if isinstance(versions, dict) else None


def _wanted(versions: dict[str, str]) -> bool:
    pins = {r.split("==")[0].lower(): r.split("==")[1] for r in VENV_REQUIREMENTS if "==" in r}
    return versions.get("cython") == pins.get("cython") and versions.get("mypy") == pins.get("mypy")


def ensure_python_peers(venv_dir: Path, progress: Progress) -> PythonPeers:
    """Creates the venv and installs Cython and mypy into it when needed."""

    def unavailable(problem: str) -> PythonPeers:
        return PythonPeers(None, None, None, None, problem)

    headers = python_headers_problem()
    if headers is not None:
        return unavailable(headers)

    python = venv_dir / "bin" / "python"
    this_python = "{}.{}".format(*sys.version_info[:2])
    versions = _probe_venv(python) if python.exists() else None
    if versions is not None and versions.get("python") != this_python:
        progress(f"the venv at {venv_dir} is for Python {versions.get('python')}; recreating it for {this_python}")
        versions = None
        shutil.rmtree(venv_dir, ignore_errors=True)

    if versions is None or not _wanted(versions):
        if not python.exists():
            progress(f"creating the virtual environment {venv_dir}")
            try:
                done = _run([sys.executable, "-m", "venv", str(venv_dir)], timeout=600)
            except (OSError, subprocess.TimeoutExpired) as e:
                return unavailable(f"cannot create a venv: {e}")
            if done.returncode != 0:
                return unavailable(f"cannot create a venv (python3 -m venv): {_last_error_line(done.stderr)}")
        progress(f"installing {', '.join(VENV_REQUIREMENTS)} into {venv_dir}")
        try:
            done = _run([str(python), "-m", "pip", "install", "--quiet", *VENV_REQUIREMENTS], timeout=1800)
        except (OSError, subprocess.TimeoutExpired) as e:
            return unavailable(f"pip install failed: {e}")
        if done.returncode != 0:
            return unavailable(f"pip install {' '.join(VENV_REQUIREMENTS)} failed: {_last_error_line(done.stderr)}")
        versions = _probe_venv(python)
        if versions is None:
            return unavailable("Cython or mypy does not import in the venv after installing it")

    mypyc = venv_dir / "bin" / "mypyc"
    return PythonPeers(
        python=python,
        mypyc=mypyc if mypyc.exists() else None,
        cython_version=versions.get("cython"),
        mypy_version=versions.get("mypy"),
        problem=None,
    )


def _taipan_version(binary: Path) -> str | None:
    try:
        done = _run([str(binary), "--version"], timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if done.returncode != 0:
        return None
    return done.stdout.strip() or None


def _cargo_built_binary(stdout: str) -> Path | None:
    """The `taipan` executable named in cargo's JSON messages."""
    for line in stdout.splitlines():
        try:
            message = json.loads(line)
        except json.JSONDecodeError:
            continue
        if not isinstance(message, dict) or message.get("reason") != "compiler-artifact":
            continue
        target = message.get("target") or {}
        if target.get("name") == "taipan" and "bin" in target.get("kind", []) and message.get("executable"):
            return Path(message["executable"])
    return None


def find_taipan(repo_root: Path, explicit: Path | None, release: bool, progress: Progress) -> TaipanPeer:
    """Uses `explicit` if given; otherwise builds taipan with cargo from this repository."""
    if explicit is not None:
        explicit = explicit.resolve()
        if not (explicit.is_file() and os.access(explicit, os.X_OK)):
            return TaipanPeer(None, None, f"taipan not built: {explicit} is not an executable")
        return TaipanPeer(explicit, _taipan_version(explicit), None)

    profile = "release" if release else "dev"
    if shutil.which("cargo") is None:
        fallback = repo_root / "target" / ("release" if release else "debug") / "taipan"
        if fallback.is_file():
            progress(f"cargo not found; using the existing {fallback}")
            return TaipanPeer(fallback, _taipan_version(fallback), None)
        return TaipanPeer(None, None, "taipan not built (cargo not found)")

    command = ["cargo", "build", "-p", "taipan", "--message-format=json-render-diagnostics"]
    if release:
        command.insert(2, "--release")
    progress(f"building taipan ({profile} profile): {' '.join(command[:-1])}")
    try:
        done = _run(command, cwd=repo_root, timeout=3600)
    except (OSError, subprocess.TimeoutExpired) as e:
        return TaipanPeer(None, None, f"taipan not built: {e}")
    if done.returncode != 0:
        return TaipanPeer(None, None, f"taipan not built: cargo build failed: {_last_error_line(done.stderr)}")
    binary = _cargo_built_binary(done.stdout)
    if binary is None or not binary.is_file():
        return TaipanPeer(None, None, "taipan not built: cargo reported no `taipan` executable")
    return TaipanPeer(binary, _taipan_version(binary), None)
