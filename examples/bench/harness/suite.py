"""The benchmark suite: one folder per benchmark holding `<name>.py` (annotated
Python, the program every Python-side tool compiles), `<name>.c` (the C99
reference) and `<name>.pyx` (hand-tuned Cython).

Each of the three files has exactly one line ending in a size marker, on the
constant that sets the problem size:

    N: Final = 41  # bench-size smoke=20        (.py, .pyx)
    #define N 41 // bench-size smoke=20         (.c)

The smoke value is what `--smoke` rewrites the constant to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

# The suite, in table order: numeric kernels first, then allocation-heavy ones.
BENCHMARK_NAMES: tuple[str, ...] = (
    "fib",
    "mandelbrot",
    "nbody",
    "spectral_norm",
    "fannkuch_redux",
    "sieve",
    "nqueens",
    "matmul",
    "binary_trees",
    "wordfreq",
    "raytrace",
)

SOURCE_SUFFIXES: tuple[str, ...] = (".py", ".c", ".pyx")

# The number just before the marker comment, and the optional smoke value.
_MARKER = re.compile(
    r"(?P<value>\d[\d_]*)(?P<gap>\s*)(?P<comment>#|//)\s*bench-size\b(?:\s+smoke=(?P<smoke>\d[\d_]*))?"
)


class SuiteError(Exception):
    """A benchmark folder is missing a file or its size markers are wrong."""


@dataclass(frozen=True)
class SizeMarker:
    line_index: int
    value: int
    smoke: int | None
    # Character offsets of the value on its line, for rewriting it.
    value_start: int
    value_end: int


@dataclass(frozen=True)
class Benchmark:
    name: str
    directory: Path
    size: int
    smoke_size: int

    def source(self, suffix: str) -> Path:
        return self.directory / f"{self.name}{suffix}"


def find_size_marker(path: Path) -> SizeMarker:
    """The single `bench-size` line of a source file."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise SuiteError(f"cannot read {path}: {e}") from e
    found: list[SizeMarker] = []
    for index, line in enumerate(lines):
        if "bench-size" not in line:
            continue
        match = _MARKER.search(line)
        if match is None:
            raise SuiteError(f"{path}:{index + 1}: `bench-size` must follow the size value: {line.strip()}")
        smoke = match.group("smoke")
        found.append(
            SizeMarker(
                line_index=index,
                value=int(match.group("value").replace("_", "")),
                smoke=int(smoke.replace("_", "")) if smoke is not None else None,
                value_start=match.start("value"),
                value_end=match.end("value"),
            )
        )
    if len(found) != 1:
        raise SuiteError(f"{path}: expected exactly one `bench-size` line, found {len(found)}")
    return found[0]


def load_benchmark(root: Path, name: str) -> Benchmark:
    """Checks that the three sources exist and agree on the size and the smoke size."""
    directory = root / name
    markers: dict[str, SizeMarker] = {}
    for suffix in SOURCE_SUFFIXES:
        path = directory / f"{name}{suffix}"
        if not path.is_file():
            raise SuiteError(f"missing {path}")
        markers[suffix] = find_size_marker(path)
    py = markers[".py"]
    if py.smoke is None:
        raise SuiteError(f"{directory / name}.py: the bench-size marker needs a `smoke=` value")
    for suffix, marker in markers.items():
        if (marker.value, marker.smoke) != (py.value, py.smoke):
            raise SuiteError(
                f"{name}{suffix} has size {marker.value} (smoke {marker.smoke}) "
                f"but {name}.py has {py.value} (smoke {py.smoke})"
            )
    return Benchmark(name=name, directory=directory, size=py.value, smoke_size=py.smoke)


def load_suite(root: Path, only: list[str] | None = None) -> list[Benchmark]:
    names = list(BENCHMARK_NAMES)
    if only:
        unknown = [n for n in only if n not in BENCHMARK_NAMES]
        if unknown:
            raise SuiteError(f"unknown benchmark {', '.join(unknown)}; the suite is: {', '.join(BENCHMARK_NAMES)}")
        names = [n for n in names if n in only]
    return [load_benchmark(root, n) for n in names]


def write_resized(source: Path, destination: Path, size: int) -> None:
    """Copies `source` to `destination` with its bench-size constant set to `size`."""
    marker = find_size_marker(source)
    lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
    line = lines[marker.line_index]
    lines[marker.line_index] = line[: marker.value_start] + str(size) + line[marker.value_end :]
    destination.parent.mkdir(parents=True, exist_ok=True)
    destination.write_text("".join(lines), encoding="utf-8")
