"""Call overhead of a compiled extension function, in nanoseconds per call.

Times `add(1, 2)` from Python, where `add` is `def add(a: int, b: int) -> int`:
as a plain Python function, as a taipan extension (`taipan build --ext`), as a
hand-written C `METH_FASTCALL` function (the floor), and, when the benchmark
venv has them (`python3 examples/bench/bench.py --tools` creates it), compiled
by Cython (the annotated .py, and a `cpdef long` .pyx) and mypyc.

    python3 examples/bench/ext/call_overhead.py [--taipan PATH] [--no-venv]

Each figure is the best of 15 `timeit` runs of 1 million calls, loop overhead
included (as `python3 -m timeit` reports it). The runs of the variants are
interleaved, so a burst of load elsewhere on the machine hits all of them.
"""

from __future__ import annotations

import argparse
import importlib
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import timeit
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(HERE.parent))

from harness import peers, tools  # noqa: E402

ADD_PY = "def add(a: int, b: int) -> int:\n    return a + b\n"
ADD_PYX = "cpdef long add(long a, long b):\n    return a + b\n"
ADD_C = r"""
#define PY_SSIZE_T_CLEAN
#include <Python.h>
static PyObject *add(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    if (nargs != 2) { PyErr_SetString(PyExc_TypeError, "add() takes exactly 2 arguments"); return NULL; }
    long long a = PyLong_AsLongLong(args[0]);
    if (a == -1 && PyErr_Occurred()) return NULL;
    long long b = PyLong_AsLongLong(args[1]);
    if (b == -1 && PyErr_Occurred()) return NULL;
    return PyLong_FromLongLong(a + b);
}
static PyMethodDef methods[] = {{"add", (PyCFunction)(void (*)(void))add, METH_FASTCALL, NULL}, {NULL, NULL, 0, NULL}};
static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "add_c", NULL, -1, methods};
PyMODINIT_FUNC PyInit_add_c(void) { return PyModule_Create(&def); }
"""

CALLS = 1_000_000
REPEATS = 15


def ns_per_call(functions: list) -> list[float]:
    """Best time per call of each function, over interleaved runs."""
    timers = [timeit.Timer("add(1, 2)", globals={"add": add}) for add in functions]
    best = [float("inf")] * len(timers)
    for _ in range(REPEATS):
        for i, timer in enumerate(timers):
            best[i] = min(best[i], timer.timeit(CALLS))
    return [b / CALLS * 1e9 for b in best]


def run(command: list[str], cwd: Path) -> str | None:
    """None on success, else the last line of the error."""
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    if done.returncode == 0:
        return None
    lines = [line for line in (done.stderr + done.stdout).splitlines() if line.strip()]
    return lines[-1] if lines else f"exit status {done.returncode}"


def find_taipan(explicit: str | None) -> Path | None:
    if explicit:
        return Path(explicit)
    for profile in ("release", "debug"):
        candidate = REPO / "target" / profile / "taipan"
        if candidate.exists():
            return candidate
    found = shutil.which("taipan")
    return Path(found) if found else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--taipan", help="the taipan binary (default: target/release, then target/debug, then PATH)")
    parser.add_argument("--no-venv", action="store_true", help="skip Cython and mypyc")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="taipan-call-overhead-"))
    sys.path.insert(0, str(work))
    suffix = tools.extension_suffix()
    # (label, the function or why there is none)
    rows: list[tuple[str, object]] = []

    def measure(label: str, module: str, problem: str | None) -> None:
        if problem is not None:
            rows.append((label, f"n/a ({problem})"))
            return
        add = importlib.import_module(module).add
        assert add(40, 2) == 42, label
        rows.append((label, add))

    namespace: dict[str, object] = {}
    exec(ADD_PY, namespace)
    rows.append(("CPython (plain function)", namespace["add"]))

    taipan = find_taipan(args.taipan)
    (work / "add_taipan.py").write_text(ADD_PY)
    problem = "taipan binary not found; build it with cargo build" if taipan is None else None
    if problem is None:
        problem = run([str(taipan), "build", "--ext", "--python", sys.executable, "add_taipan.py"], work)
    measure("taipan --ext", "add_taipan", problem)

    (work / "add_c.c").write_text(ADD_C)
    problem = peers.python_headers_problem() or run(
        ["cc", "-O2", *tools.extension_compile_flags(), "-o", f"add_c{suffix}", "add_c.c"], work
    )
    measure("C, hand-written METH_FASTCALL", "add_c", problem)

    if not args.no_venv:
        venv = peers.ensure_python_peers(HERE.parent / ".venv", lambda message: print(message, file=sys.stderr))
        same_python = venv.python is not None and sysconfig.get_config_var("EXT_SUFFIX") == suffix
        for label, module, source in [
            ("Cython (.py, pure-Python mode)", "add_cy_py", ADD_PY),
            ("Cython (.pyx, cpdef long)", "add_cy_pyx", ADD_PYX),
        ]:
            ext = ".py" if source is ADD_PY else ".pyx"
            (work / f"{module}{ext}").write_text(source)
            problem = venv.problem if not same_python else None
            if problem is None:
                problem = run([str(venv.python), "-m", "cython", "-3", f"{module}{ext}", "-o", f"{module}.c"], work)
            if problem is None:
                problem = run(["cc", "-O2", *tools.extension_compile_flags(), "-o", f"{module}{suffix}", f"{module}.c"], work)
            measure(label, module, problem)
        (work / "add_mypyc.py").write_text(ADD_PY)
        problem = venv.problem or (None if venv.mypyc else "mypyc not installed")
        if problem is None:
            problem = run([str(venv.mypyc), "add_mypyc.py"], work)
        measure("mypyc", "add_mypyc", problem)

    timed = [add for _, add in rows if not isinstance(add, str)]
    figures = iter(ns_per_call(timed))
    width = max(len(label) for label, _ in rows)
    print(f"{'add(1, 2) from Python'.ljust(width)}  ns/call")
    for label, add in rows:
        print(f"{label.ljust(width)}  {add if isinstance(add, str) else f'{next(figures):.1f}'}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
