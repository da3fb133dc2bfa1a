"""A description of the machine and the tool versions, for the report: numbers
mean little without the hardware, the load and the compiler versions."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from pathlib import Path


def _first_line(command: list[str], cwd: Path | None = None) -> str | None:
    try:
        done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if done.returncode != 0:
        return None
    lines = done.stdout.strip().splitlines()
    return lines[0].strip() if lines else None


def _proc_field(path: str, key: str) -> str | None:
    try:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith(key):
                    return line.split(":", 1)[1].strip()
    except OSError:
        return None
    return None


def describe_machine() -> list[tuple[str, str]]:
    info = [("OS", platform.platform())]
    cpu = _proc_field("/proc/cpuinfo", "model name") or platform.processor() or "unknown"
    info.append(("CPU", f"{cpu}, {os.cpu_count()} logical cores"))
    memory = _proc_field("/proc/meminfo", "MemTotal")
    if memory is not None and memory.endswith("kB"):
        info.append(("Memory", f"{int(memory.split()[0]) / 1024 / 1024:.1f} GiB"))
    try:
        load = os.getloadavg()
        info.append(("Load average at start (1, 5, 15 min)", f"{load[0]:.2f}, {load[1]:.2f}, {load[2]:.2f}"))
    except OSError:
        pass
    return info


def describe_tools(repo_root: Path, cython: str | None, mypy: str | None, taipan: str | None) -> list[tuple[str, str]]:
    info = [("CPython", f"{platform.python_version()} ({sys.executable})")]
    info.append(("C compiler (cc)", _first_line(["cc", "--version"]) or "not found"))
    info.append(("Cython", cython or "n/a"))
    info.append(("mypy/mypyc", mypy or "n/a"))
    commit = _first_line(["git", "rev-parse", "--short", "HEAD"], cwd=repo_root)
    dirty = _first_line(["git", "status", "--porcelain", "--untracked-files=no"], cwd=repo_root)
    if commit is not None and dirty is not None:
        commit += " (with uncommitted changes)"
    info.append(("taipan", f"{taipan or 'n/a'}, commit {commit or 'unknown'}"))
    return info
