"""Import cost of many small compiled modules: shared objects vs built in.

Generates N small modules, builds each with `taipan build --ext` (one `.so`
each) and all of them into one interpreter with `taipan build --python-exe`,
then times importing all N: by `python3` from the `.so` files (one `dlopen`
each), and by the built interpreter from its table of built-in modules.

    python3 examples/bench/ext/import_cost.py [--taipan PATH] [--count N] [--builtin-only]

Each figure is the best of 5 runs of a fresh interpreter, timing only the
imports (in-process `time.perf_counter`), in milliseconds.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
REPEATS = 5

MODULE = '''"""Generated module {i}."""
K = {i}


def f(x: int) -> int:
    return x + K
'''


def timed_imports(python: str, names: list[str], path: str | None) -> float:
    """Milliseconds a fresh `python` takes to import every module of `names`."""
    code = (
        "import sys, time\n"
        + (f"sys.path.insert(0, {path!r})\n" if path else "")
        + "t = time.perf_counter()\n"
        + "".join(f"import {n}\n" for n in names)
        + "print((time.perf_counter() - t) * 1000)\n"
    )
    best = float("inf")
    for _ in range(REPEATS):
        out = subprocess.run([python, "-c", code], check=True, capture_output=True, text=True).stdout
        best = min(best, float(out))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--taipan", default=str(REPO / "target/release/taipan"))
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--builtin-only", action="store_true", help="skip the `.so` files (faster to build)")
    args = parser.parse_args()
    taipan = str(Path(args.taipan).resolve())
    with tempfile.TemporaryDirectory() as tmp:
        src, so = Path(tmp) / "src", Path(tmp) / "so"
        src.mkdir()
        so.mkdir()
        names = [f"tpmod{i:05d}" for i in range(args.count)]
        for i, name in enumerate(names):
            (src / f"{name}.py").write_text(MODULE.format(i=i))

        def build(name: str) -> None:
            subprocess.run([taipan, "build", "--ext", str(src / f"{name}.py")], cwd=so, check=True)

        if not args.builtin_only:
            with ThreadPoolExecutor(max_workers=2) as pool:
                list(pool.map(build, names))
        exe = Path(tmp) / "mypython"
        subprocess.run(
            [taipan, "build", "--python-exe", "--package-root", str(src), *(str(src / f"{n}.py") for n in names), "-o", str(exe)],
            check=True,
        )
        so_ms = None if args.builtin_only else timed_imports(sys.executable, names, str(so))
        builtin_ms = timed_imports(str(exe), names, None)
    print(f"| importing {args.count} modules | ms |")
    print("| --- | ---: |")
    if so_ms is not None:
        print(f"| `.so` files (`taipan build --ext`) | {so_ms:.1f} |")
    print(f"| built in (`taipan build --python-exe`) | {builtin_ms:.1f} |")


if __name__ == "__main__":
    main()
