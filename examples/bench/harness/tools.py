"""The six variants of every benchmark: how each is built and how it is run.

A variant's `build` gets the benchmark's sources and an empty folder of its own,
and returns the command that runs the result (or why there is none). Build time
is the wall time of the build commands, measured once.
"""

from __future__ import annotations

import re
import shlex
import shutil
import sys
import sysconfig
from dataclasses import dataclass
from pathlib import Path

from .measure import Measurement, last_line, run_measured
from .peers import PythonPeers, TaipanPeer

BUILD_TIMEOUT_SECONDS = 1800.0

# The C reference's flags (the issue fixes C99 and -O2).
C_FLAGS: tuple[str, ...] = ("-std=c99", "-O2")

# A rendered taipan diagnostic: `prog.py:3:1: error: classes are not supported yet`.
DIAGNOSTIC = re.compile(r"^\S.*:\d+:\d+: error: ")

# Imports the compiled module from the folder given as argv[1] and runs its main().
# It refuses a module that is not an extension, so a stray .py never gets timed.
LAUNCHER = (
    "import importlib, sys\n"
    "sys.path.insert(0, sys.argv[1])\n"
    "module = importlib.import_module(sys.argv[2])\n"
    "if not module.__file__.endswith(('.so', '.pyd')):\n"
    "    sys.exit(f'launcher: {module.__file__} is not an extension module')\n"
    "module.main()\n"
)


@dataclass(frozen=True)
class Sources:
    """The three sources of one benchmark (full size, or resized for --smoke)."""

    name: str
    py: Path
    c: Path
    pyx: Path


@dataclass(frozen=True)
class Build:
    # "ok", "unsupported" (taipan rejected the program with a diagnostic) or "build-failed".
    status: str
    run_command: list[str] | None
    seconds: float | None
    message: str = ""


def _failed(what: str, measurement: Measurement) -> Build:
    return Build("build-failed", None, None, f"{what}: {measurement.failure()}")


def extension_compile_flags() -> list[str]:
    """The flags setuptools would use for an extension module of this interpreter."""
    cflags = shlex.split(sysconfig.get_config_var("CFLAGS") or "")
    ccshared = shlex.split(sysconfig.get_config_var("CCSHARED") or "-fPIC")
    include = sysconfig.get_paths()["include"]
    return [*cflags, *ccshared, f"-I{include}", "-shared"]


def extension_suffix() -> str:
    return sysconfig.get_config_var("EXT_SUFFIX") or ".so"


class Variant:
    id: str = ""
    label: str = ""
    has_build_step: bool = True

    def unavailable(self) -> str | None:
        """Why this variant cannot run on this machine, or None."""
        return None

    def build(self, sources: Sources, work: Path) -> Build:
        raise NotImplementedError


class CPython(Variant):
    id = "cpython"
    label = "CPython"
    has_build_step = False

    def build(self, sources: Sources, work: Path) -> Build:
        return Build("ok", [sys.executable, str(sources.py)], None)


class C(Variant):
    id = "c"
    label = "C -O2"

    def unavailable(self) -> str | None:
        return None if shutil.which("cc") else "no C compiler (`cc`) on PATH"

    def build(self, sources: Sources, work: Path) -> Build:
        exe = work / sources.name
        compiled = run_measured(["cc", *C_FLAGS, "-o", str(exe), str(sources.c), "-lm"], work, BUILD_TIMEOUT_SECONDS)
        if not compiled.ok:
            return _failed("cc", compiled)
        return Build("ok", [str(exe)], compiled.seconds)


class _Extension(Variant):
    """A variant compiled into a CPython extension module, run by the launcher."""

    def __init__(self, peers: PythonPeers) -> None:
        self.peers = peers

    def unavailable(self) -> str | None:
        if self.peers.problem is not None:
            return self.peers.problem
        return None if shutil.which("cc") else "no C compiler (`cc`) on PATH"

    def launcher(self, sources: Sources, work: Path) -> list[str]:
        assert self.peers.python is not None
        return [str(self.peers.python), "-c", LAUNCHER, str(work), sources.name]


class Cython(_Extension):
    """`cython` then `cc`, with the interpreter's own extension flags."""

    def __init__(self, peers: PythonPeers, suffix: str) -> None:
        super().__init__(peers)
        self.suffix = suffix
        self.id = "cython_pyx" if suffix == ".pyx" else "cython_py"
        self.label = f"Cython ({suffix})"

    def build(self, sources: Sources, work: Path) -> Build:
        assert self.peers.python is not None
        source = work / f"{sources.name}{self.suffix}"
        shutil.copyfile(sources.pyx if self.suffix == ".pyx" else sources.py, source)
        c_file = work / f"{sources.name}.c"
        translated = run_measured(
            [str(self.peers.python), "-m", "cython", "-3", "-o", str(c_file), str(source)], work, BUILD_TIMEOUT_SECONDS
        )
        if not translated.ok:
            return _failed("cython", translated)
        module = work / f"{sources.name}{extension_suffix()}"
        compiled = run_measured(
            ["cc", *extension_compile_flags(), "-o", str(module), str(c_file)], work, BUILD_TIMEOUT_SECONDS
        )
        if not compiled.ok:
            return _failed("cc", compiled)
        # The launcher must import the extension, not the copied source.
        source.unlink()
        return Build("ok", self.launcher(sources, work), translated.seconds + compiled.seconds)


class Mypyc(_Extension):
    id = "mypyc"
    label = "mypyc"

    def unavailable(self) -> str | None:
        problem = super().unavailable()
        if problem is None and self.peers.mypyc is None:
            return "the venv has no `mypyc` script"
        return problem

    def build(self, sources: Sources, work: Path) -> Build:
        assert self.peers.mypyc is not None
        source = work / f"{sources.name}.py"
        shutil.copyfile(sources.py, source)
        compiled = run_measured([str(self.peers.mypyc), source.name], work, BUILD_TIMEOUT_SECONDS)
        if not compiled.ok:
            # mypyc prints type errors on stdout.
            detail = last_line(compiled.stdout) or compiled.failure()
            return Build("build-failed", None, None, f"mypyc: {detail}")
        source.unlink()
        return Build("ok", self.launcher(sources, work), compiled.seconds)


class Taipan(Variant):
    id = "taipan"
    label = "taipan"

    def __init__(self, peer: TaipanPeer) -> None:
        self.peer = peer

    def unavailable(self) -> str | None:
        return self.peer.problem

    def build(self, sources: Sources, work: Path) -> Build:
        assert self.peer.binary is not None
        exe = work / sources.name
        compiled = run_measured(
            [str(self.peer.binary), "build", str(sources.py), "-o", str(exe)], work, BUILD_TIMEOUT_SECONDS
        )
        if compiled.ok and exe.is_file():
            return Build("ok", [str(exe)], compiled.seconds)
        # A program taipan cannot compile yet: exit status 1 with diagnostics that
        # point into the source (`file:line:col: error: ...`). An error without a
        # location (I/O, codegen, linking) is a failure of taipan, not a gap.
        errors = [line.strip() for line in compiled.stderr.splitlines() if DIAGNOSTIC.match(line)]
        if compiled.exit_code == 1 and errors and not compiled.timed_out:
            return Build("unsupported", None, None, errors[0].replace(str(sources.py), sources.py.name))
        if compiled.ok:
            return Build("build-failed", None, None, f"taipan build succeeded but wrote no {exe.name}")
        return _failed("taipan build", compiled)


def all_variants(python_peers: PythonPeers, taipan: TaipanPeer) -> list[Variant]:
    """Every variant, in table column order."""
    return [
        CPython(),
        Cython(python_peers, ".py"),
        Cython(python_peers, ".pyx"),
        Mypyc(python_peers),
        C(),
        Taipan(taipan),
    ]


VARIANT_IDS: tuple[str, ...] = ("cpython", "cython_py", "cython_pyx", "mypyc", "c", "taipan")
