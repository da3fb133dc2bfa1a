"""Two Python threads calling a compiled kernel that releases the GIL.

Builds a numeric kernel with `taipan build --ext` and times, in seconds:
one call of `spin(N)` on one thread, and two calls at once on two threads.
A kernel that touches no Python object runs without the GIL, so on a machine
with two free cores the two threads finish in about the time of one. The
control, `spin_held`, is the same loop plus a `str` local, which keeps the GIL:
its two calls run one after the other.

    python3 examples/bench/ext/gil_threads.py [--taipan PATH] [--n N]

Each figure is the best of 5 interleaved runs; ratio 1.0 means the two threads
ran fully in parallel, 2.0 that they ran one after the other.
"""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]

KERNEL = '''
def spin(n: int) -> float:
    x = 0.0
    for i in range(n):
        x = x * 0.5 + (i % 7) * 1e-9 + 1.0
    return x


def spin_held(n: int) -> float:
    s = "a str local keeps the GIL"
    x = 0.0
    for i in range(n):
        x = x * 0.5 + (i % 7) * 1e-9 + 1.0
    return x + len(s)
'''

REPEATS = 5


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--taipan", default=str(REPO / "target/release/taipan"))
    parser.add_argument("--n", type=int, default=100_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "gil_kernel.py"
        src.write_text(KERNEL)
        subprocess.run([str(Path(args.taipan).resolve()), "build", "--ext", str(src)], cwd=tmp, check=True)
        sys.path.insert(0, tmp)
        kernel = importlib.import_module("gil_kernel")

        def threads(f, k: int):
            def run() -> None:
                ts = [threading.Thread(target=f, args=(args.n,)) for _ in range(k)]
                for t in ts:
                    t.start()
                for t in ts:
                    t.join()

            return run

        variants = {
            (name, k): threads(getattr(kernel, name), k) for name in ("spin", "spin_held") for k in (1, 2)
        }
        # Interleaved, so a burst of load elsewhere hits every variant.
        best = {key: float("inf") for key in variants}
        for _ in range(REPEATS):
            for key, run in variants.items():
                t0 = time.perf_counter()
                run()
                best[key] = min(best[key], time.perf_counter() - t0)
    print(f"| N = {args.n} | one call, one thread (s) | two calls, two threads (s) | ratio |")
    print("| --- | ---: | ---: | ---: |")
    for name, what in (("spin", "`spin` (releases the GIL)"), ("spin_held", "`spin_held` (keeps the GIL)")):
        one, two = best[(name, 1)], best[(name, 2)]
        print(f"| {what} | {one:.3f} | {two:.3f} | {two / one:.2f} |")

if __name__ == "__main__":
    main()
