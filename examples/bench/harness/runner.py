"""Builds every variant of every benchmark, checks its output against CPython's,
and times it. A variant whose output differs is a MISMATCH, never a time."""

from __future__ import annotations

import difflib
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Callable

from .measure import run_measured
from .suite import Benchmark, write_resized
from .tools import Build, Sources, Variant

# Cell statuses, in the order a cell can fail.
OK = "ok"
NOT_AVAILABLE = "n/a"
UNSUPPORTED = "unsupported"
BUILD_FAILED = "build-failed"
RUN_FAILED = "run-failed"
MISMATCH = "mismatch"

Progress = Callable[[str], None]


@dataclass
class Cell:
    """One benchmark built and run by one variant."""

    status: str = OK
    reason: str = ""
    build_seconds: float | None = None
    run_seconds: list[float] = field(default_factory=list)
    max_rss_kib: int | None = None
    diff: str = ""

    @property
    def best_seconds(self) -> float | None:
        return min(self.run_seconds) if self.status == OK and self.run_seconds else None


@dataclass(frozen=True)
class RunConfig:
    runs: int
    smoke: bool
    timeout: float
    build_root: Path
    # The peak-memory helper (measure.build_rss_helper); None: no memory figures.
    rss_helper: Path | None


def output_diff(expected: str, actual: str, label: str, limit: int = 12) -> str:
    lines = list(difflib.unified_diff(expected.splitlines(), actual.splitlines(), "CPython", label, n=1, lineterm=""))
    if len(lines) > limit:
        lines = lines[:limit] + [f"... ({len(lines) - limit} more diff lines)"]
    return "\n".join(lines)


def prepare_sources(benchmark: Benchmark, config: RunConfig) -> Sources:
    """The benchmark's own files, or (smoke) copies resized to the smoke size."""
    if not config.smoke:
        return Sources(benchmark.name, benchmark.source(".py"), benchmark.source(".c"), benchmark.source(".pyx"))
    folder = config.build_root / "smoke-sources" / benchmark.name
    resized = {}
    for suffix in (".py", ".c", ".pyx"):
        destination = folder / f"{benchmark.name}{suffix}"
        write_resized(benchmark.source(suffix), destination, benchmark.smoke_size)
        resized[suffix] = destination
    return Sources(benchmark.name, resized[".py"], resized[".c"], resized[".pyx"])


def fresh_folder(path: Path) -> Path:
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path


def run_variant(
    variant: Variant,
    sources: Sources,
    reference: str | None,
    config: RunConfig,
    progress: Progress,
) -> tuple[Cell, str | None]:
    """Builds and runs one variant; returns its cell and its output (for CPython, the reference)."""
    problem = variant.unavailable()
    if problem is not None:
        return Cell(status=NOT_AVAILABLE, reason=problem), None

    work = fresh_folder(config.build_root / variant.id / sources.name)
    if variant.has_build_step:
        progress(f"{variant.label}: build")
    build: Build = variant.build(sources, work)
    if build.status != OK or build.run_command is None:
        progress(f"{variant.label}: {build.status}: {build.message}")
        return Cell(status=build.status, reason=build.message), None
    cell = Cell(build_seconds=build.seconds)
    if build.seconds is not None:
        progress(f"{variant.label}: built in {build.seconds:.2f} s")

    output: str | None = None
    for run_index in range(config.runs):
        measurement = run_measured(build.run_command, work, config.timeout, config.rss_helper)
        if not measurement.ok:
            cell.status = RUN_FAILED
            cell.reason = measurement.failure()
            progress(f"{variant.label}: RUN FAILED: {cell.reason}")
            return cell, None
        expected = reference if reference is not None else output
        if expected is not None and measurement.stdout != expected:
            cell.status = MISMATCH
            cell.reason = "output differs from CPython's" if reference is not None else "output changed between runs"
            cell.diff = output_diff(expected, measurement.stdout, variant.label)
            cell.run_seconds = []
            progress(f"{variant.label}: *** MISMATCH: {cell.reason} ***\n{cell.diff}")
            return cell, None
        output = measurement.stdout
        cell.run_seconds.append(measurement.seconds)
        if measurement.max_rss_kib is not None:
            cell.max_rss_kib = max(cell.max_rss_kib or 0, measurement.max_rss_kib)
        progress(f"{variant.label}: run {run_index + 1}/{config.runs}: {measurement.seconds:.3f} s")
    return cell, output


def run_benchmark(
    benchmark: Benchmark, variants: list[Variant], config: RunConfig, progress: Progress
) -> dict[str, Cell]:
    """Every variant's cell for one benchmark. CPython (the first variant) runs
    first: its output is the reference every other variant must print."""
    sources = prepare_sources(benchmark, config)
    cells: dict[str, Cell] = {}
    reference: str | None = None
    for variant in variants:
        if variant.id != "cpython" and reference is None:
            cells[variant.id] = Cell(status=NOT_AVAILABLE, reason="no CPython output to check against")
            continue
        cell, output = run_variant(variant, sources, reference, config, progress)
        cells[variant.id] = cell
        if variant.id == "cpython":
            reference = output
    return cells
