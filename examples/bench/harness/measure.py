"""Runs one process and measures it: wall time from spawn to exit, and the
process's peak resident set size (KiB) as `wait4` reports it.

The peak memory comes from the small C helper `peak_rss.c`: Linux counts in a
child's ru_maxrss the memory it shared with its parent until exec, so a
program spawned straight from this (large) Python process would report at
least the harness's own size. The helper is compiled once into the build folder.
"""

from __future__ import annotations

import os
import signal
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

RSS_HELPER_SOURCE = Path(__file__).with_name("peak_rss.c")


@dataclass(frozen=True)
class Measurement:
    seconds: float
    max_rss_kib: int | None  # None without the helper
    exit_code: int  # negative: killed by that signal
    stdout: str
    stderr: str
    timed_out: bool

    @property
    def ok(self) -> bool:
        return self.exit_code == 0 and not self.timed_out

    def failure(self) -> str:
        """A one-line description of why the process did not succeed."""
        if self.timed_out:
            return f"timed out after {self.seconds:.0f} s"
        if self.exit_code < 0:
            what = f"killed by signal {-self.exit_code}"
        else:
            what = f"exit status {self.exit_code}"
        last = last_line(self.stderr)
        return f"{what}: {last}" if last else what


def last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1].strip() if lines else ""


def build_rss_helper(build_root: Path) -> tuple[Path | None, str | None]:
    """The compiled helper, or None and why it could not be built."""
    helper = build_root / "peak_rss"
    if helper.is_file() and helper.stat().st_mtime >= RSS_HELPER_SOURCE.stat().st_mtime:
        return helper, None
    build_root.mkdir(parents=True, exist_ok=True)
    compiled = run_measured(["cc", "-O2", "-o", str(helper), str(RSS_HELPER_SOURCE)], build_root, 300)
    if not compiled.ok:
        return None, f"cannot compile {RSS_HELPER_SOURCE.name}: {compiled.failure()}"
    return helper, None


def run_measured(command: list[str], cwd: Path, timeout: float, rss_helper: Path | None = None) -> Measurement:
    """Runs `command` to completion; never raises for a failing or missing program."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, tempfile.TemporaryDirectory() as scratch:
        rss_file = Path(scratch) / "rss"
        argv = [str(rss_helper), str(rss_file), *command] if rss_helper is not None else command
        start = time.perf_counter()
        try:
            # A session of its own, so a timeout kills the helper and the program together.
            process = subprocess.Popen(
                argv, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out, stderr=err, start_new_session=True
            )
        except OSError as e:
            return Measurement(0.0, None, 127, "", f"cannot start {argv[0]}: {e}", False)

        # The watchdog signals the group only while its leader has not been reaped,
        # so it can never hit a recycled pid.
        lock = threading.Lock()
        exited = False
        timed_out = False

        def kill_on_timeout() -> None:
            nonlocal timed_out
            with lock:
                if not exited:
                    timed_out = True
                    os.killpg(process.pid, signal.SIGKILL)

        watchdog = threading.Timer(timeout, kill_on_timeout)
        watchdog.daemon = True
        watchdog.start()
        # Wait without reaping (the pid stays ours), then stop the watchdog, then reap.
        os.waitid(os.P_PID, process.pid, os.WEXITED | os.WNOWAIT)
        seconds = time.perf_counter() - start
        with lock:
            exited = True
        watchdog.cancel()
        _, status, _ = os.wait4(process.pid, 0)
        exit_code = os.waitstatus_to_exitcode(status)
        # Tell Popen the child is gone, so it does not try to reap it again.
        process.returncode = exit_code

        max_rss_kib = None
        if rss_helper is not None:
            try:
                max_rss_kib = int(rss_file.read_text().strip())
            except (OSError, ValueError):
                max_rss_kib = None
        out.seek(0)
        err.seek(0)
        return Measurement(
            seconds=seconds,
            max_rss_kib=max_rss_kib,
            exit_code=exit_code,
            stdout=out.read().decode("utf-8", errors="replace"),
            stderr=err.read().decode("utf-8", errors="replace"),
            timed_out=timed_out,
        )
