"""The result tables (Markdown, printed and written to docs/benchmarks.md), the
check against the project's targets, and the notes that explain each cell."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from collections.abc import Callable

from .runner import BUILD_FAILED, MISMATCH, NOT_AVAILABLE, OK, RUN_FAILED, UNSUPPORTED, Cell

Results = dict[str, dict[str, Cell]]  # benchmark -> variant id -> cell

# The project's targets (issue 6).
TARGET_RATIO_TO_C = 1.5
TARGET_GEOMEAN_TO_C = 1.2
TARGET_BUILD_FRACTION_OF_CYTHON = 1 / 20

CYTHON_IDS = ("cython_py", "cython_pyx")
STATUS_TEXT = {
    NOT_AVAILABLE: "n/a",
    UNSUPPORTED: "unsupported",
    BUILD_FAILED: "**build failed**",
    RUN_FAILED: "**run failed**",
    MISMATCH: "**MISMATCH**",
}
# The same for a terminal.
STATUS_PLAIN = {
    NOT_AVAILABLE: "n/a",
    UNSUPPORTED: "unsupported",
    BUILD_FAILED: "BUILD FAILED",
    RUN_FAILED: "RUN FAILED",
    MISMATCH: "MISMATCH",
}


@dataclass(frozen=True)
class ReportContext:
    """What the report needs besides the cells."""

    labels: dict[str, str]  # variant id -> column title, in column order
    runs: int
    quick: bool
    command: str
    date: str
    machine: list[tuple[str, str]]
    tool_versions: list[tuple[str, str]]
    notes: list[str] = field(default_factory=list)


def geomean(values: list[float]) -> float | None:
    positive = [v for v in values if v > 0]
    if not positive:
        return None
    return math.exp(sum(math.log(v) for v in positive) / len(positive))


def format_seconds(seconds: float) -> str:
    if seconds < 1:
        return f"{seconds:.3f}"
    if seconds < 100:
        return f"{seconds:.2f}"
    return f"{seconds:.1f}"


def format_ratio(ratio: float) -> str:
    if ratio < 10:
        return f"{ratio:.2f}×"
    if ratio < 100:
        return f"{ratio:.1f}×"
    return f"{ratio:.0f}×"


def format_fraction(fraction: float) -> str:
    """A build-time fraction: `1/40` reads better than `0.03×` against a 1/20 target."""
    if fraction <= 0:
        return "—"
    if fraction < 1:
        return f"1/{1 / fraction:.0f}"
    return format_ratio(fraction)


def format_megabytes(kib: int) -> str:
    return f"{kib / 1024:.1f}"


def status_text(cell: Cell | None) -> str:
    if cell is None:
        return "—"
    return STATUS_TEXT.get(cell.status, cell.status)


def best_cython(cells: dict[str, Cell]) -> float | None:
    times = [t for i in CYTHON_IDS if i in cells and (t := cells[i].best_seconds) is not None]
    return min(times) if times else None


def best_cython_build(cells: dict[str, Cell]) -> float | None:
    times = [
        c.build_seconds for i in CYTHON_IDS if (c := cells.get(i)) is not None and c.status == OK and c.build_seconds
    ]
    return min(times) if times else None


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    if numerator is None or denominator is None or denominator <= 0:
        return None
    return numerator / denominator


def _table(header: list[str], rows: list[list[str]]) -> str:
    align = ["---"] + ["---:"] * (len(header) - 1)
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def _geomean_cell(values: list[float | None], total: int, formatter: Callable[[float], str] = format_ratio) -> str:
    present = [v for v in values if v is not None]
    mean = geomean(present)
    if mean is None:
        return "—"
    text = formatter(mean)
    return text if len(present) == total else f"{text} ({len(present)}/{total})"


def time_table(results: Results, ctx: ReportContext) -> str:
    ids = list(ctx.labels)
    header = ["Benchmark"] + [ctx.labels[i] for i in ids] + ["taipan ÷ C", "taipan ÷ best Cython"]
    rows = []
    taipan_to_c: list[float | None] = []
    taipan_to_cython: list[float | None] = []
    for name, cells in results.items():
        row = [name]
        for i in ids:
            cell = cells.get(i)
            best = cell.best_seconds if cell is not None else None
            row.append(format_seconds(best) if best is not None else status_text(cell))
        taipan = cells["taipan"].best_seconds if "taipan" in cells else None
        c = cells["c"].best_seconds if "c" in cells else None
        to_c = ratio(taipan, c)
        to_cython = ratio(taipan, best_cython(cells))
        taipan_to_c.append(to_c)
        taipan_to_cython.append(to_cython)
        row.append(format_ratio(to_c) if to_c is not None else "—")
        row.append(format_ratio(to_cython) if to_cython is not None else "—")
        rows.append(row)
    n = len(results)
    rows.append(
        ["**geometric mean**"] + [""] * len(ids) + [_geomean_cell(taipan_to_c, n), _geomean_cell(taipan_to_cython, n)]
    )
    return _table(header, rows)


def ratio_to_c(results: Results, variant: str) -> dict[str, float | None]:
    """Each benchmark's time for `variant` divided by C's."""
    out: dict[str, float | None] = {}
    for name, cells in results.items():
        mine = cells[variant].best_seconds if variant in cells else None
        c = cells["c"].best_seconds if "c" in cells else None
        out[name] = ratio(mine, c)
    return out


def ratio_table(results: Results, ctx: ReportContext) -> str:
    ids = [i for i in ctx.labels if i != "c"]
    header = ["Benchmark"] + [ctx.labels[i] for i in ids]
    ratios = {i: ratio_to_c(results, i) for i in ids}
    rows = []
    for name, cells in results.items():
        row = [name]
        for i in ids:
            value = ratios[i][name]
            cell = cells.get(i)
            if value is not None:
                row.append(format_ratio(value))
            elif cell is not None and cell.status == OK:
                row.append("—")  # no C time to divide by
            else:
                row.append(status_text(cell))
        rows.append(row)
    n = len(results)
    rows.append(["**geometric mean**"] + [_geomean_cell(list(ratios[i].values()), n) for i in ids])
    return _table(header, rows)


def build_table(results: Results, ctx: ReportContext) -> str:
    ids = [i for i in ctx.labels if i != "cpython"]
    header = ["Benchmark"] + [ctx.labels[i] for i in ids] + ["taipan ÷ Cython"]
    rows = []
    fractions: list[float | None] = []
    for name, cells in results.items():
        row = [name]
        for i in ids:
            cell = cells.get(i)
            seconds = cell.build_seconds if cell is not None and cell.status in (OK, MISMATCH, RUN_FAILED) else None
            row.append(format_seconds(seconds) if seconds is not None else status_text(cell))
        taipan = cells.get("taipan")
        taipan_build = taipan.build_seconds if taipan is not None and taipan.status == OK else None
        fraction = ratio(taipan_build, best_cython_build(cells))
        fractions.append(fraction)
        row.append(format_fraction(fraction) if fraction is not None else "—")
        rows.append(row)
    rows.append(["**geometric mean**"] + [""] * len(ids) + [_geomean_cell(fractions, len(results), format_fraction)])
    return _table(header, rows)


def memory_table(results: Results, ctx: ReportContext) -> str:
    ids = list(ctx.labels)
    header = ["Benchmark"] + [ctx.labels[i] for i in ids]
    rows = []
    for name, cells in results.items():
        row = [name]
        for i in ids:
            cell = cells.get(i)
            if cell is not None and cell.status == OK:
                row.append(format_megabytes(cell.max_rss_kib) if cell.max_rss_kib else "n/a")
            else:
                row.append(status_text(cell))
        rows.append(row)
    return _table(header, rows)


def target_lines(results: Results) -> list[str]:
    """Each target with an honest verdict computed from the measurements."""
    n = len(results)
    to_c = ratio_to_c(results, "taipan")
    compiled = [name for name, value in to_c.items() if value is not None]
    lines = []

    if not compiled:
        verdict = f"**not met**: taipan ran none of the {n} benchmarks"
    else:
        over = [f"{name} {format_ratio(to_c[name] or 0)}" for name in compiled if (to_c[name] or 0) > TARGET_RATIO_TO_C]
        missing = n - len(compiled)
        parts = []
        if over:
            parts.append("over the limit: " + ", ".join(over))
        if missing:
            parts.append(f"{missing} of {n} benchmarks not compiled or not run")
        verdict = "**met**" if not parts else "**not met**: " + "; ".join(parts)
    lines.append(f"- taipan ÷ C ≤ {TARGET_RATIO_TO_C}× on every benchmark: {verdict}.")

    mean = geomean([to_c[name] or 0 for name in compiled])
    if mean is None:
        verdict = "**not met**: nothing to average"
    else:
        met = mean <= TARGET_GEOMEAN_TO_C and len(compiled) == n
        scope = f"over the {len(compiled)} of {n} benchmarks taipan ran"
        verdict = f"{'**met**' if met else '**not met**'}: {format_ratio(mean)} {scope}"
    lines.append(f"- Geometric mean of taipan ÷ C ≤ {TARGET_GEOMEAN_TO_C}×: {verdict}.")

    slower = []
    compared = 0
    for name, cells in results.items():
        value = ratio(cells["taipan"].best_seconds if "taipan" in cells else None, best_cython(cells))
        if value is not None:
            compared += 1
            if value >= 1:
                slower.append(f"{name} {format_ratio(value)}")
    if compared == 0:
        verdict = "**not assessed**: no benchmark has both a taipan and a Cython time"
    elif slower:
        verdict = f"**not met**: slower on {', '.join(slower)}"
    else:
        verdict = f"**met** on all {compared} benchmarks with both times"
    lines.append(f"- taipan faster than the best Cython variant on every benchmark it compiles: {verdict}.")

    too_slow = []
    compared = 0
    for name, cells in results.items():
        taipan = cells.get("taipan")
        value = ratio(
            taipan.build_seconds if taipan is not None and taipan.status == OK else None, best_cython_build(cells)
        )
        if value is not None:
            compared += 1
            if value > TARGET_BUILD_FRACTION_OF_CYTHON:
                too_slow.append(f"{name} {format_fraction(value)}")
    if compared == 0:
        verdict = "**not assessed**: no benchmark has both a taipan and a Cython build"
    elif too_slow:
        verdict = f"**not met** on {', '.join(too_slow)}"
    else:
        verdict = f"**met** on all {compared} benchmarks with both builds"
        if compared < n:
            verdict += f" ({n - compared} of {n} without a taipan build)"
    lines.append(f"- taipan build time ≤ 1/20 of Cython's (the faster Cython build): {verdict}.")
    return lines


def cell_notes(results: Results, ctx: ReportContext) -> list[str]:
    """Why each cell that is not a time is what it is; one line per tool, status
    and reason, listing the benchmarks it applies to."""
    groups: dict[tuple[str, str, str, str], list[str]] = {}
    for name, cells in results.items():
        for variant, cell in cells.items():
            if cell.status != OK:
                groups.setdefault((variant, cell.status, cell.reason, cell.diff), []).append(name)
    order = list(ctx.labels)
    notes = []
    for (variant, status, reason, diff), names in sorted(
        groups.items(), key=lambda item: order.index(item[0][0]) if item[0][0] in order else len(order)
    ):
        which = "every benchmark" if len(names) == len(results) > 1 else ", ".join(names)
        label = ctx.labels.get(variant, variant)
        notes.append(f"- {label}, {which}: {STATUS_TEXT.get(status, status)}: {reason}")
        if diff:
            notes.append("  ```diff\n" + "\n".join("  " + line for line in diff.splitlines()) + "\n  ```")
    return notes


def render(results: Results, ctx: ReportContext) -> str:
    """The generated part of docs/benchmarks.md (also what is printed)."""
    runs = "one run each (quick mode)" if ctx.quick else f"best of {ctx.runs} runs"
    parts = [
        f"Generated by `{ctx.command}` on {ctx.date}.",
        "",
        f"### Run time (seconds, whole process, {runs})",
        "",
        time_table(results, ctx),
        "",
        "### Time relative to C (lower is better)",
        "",
        ratio_table(results, ctx),
        "",
        "### Build time (seconds, one build from a clean folder)",
        "",
        build_table(results, ctx),
        "",
        "### Peak memory (MiB, maximum resident set size)",
        "",
        memory_table(results, ctx),
        "",
        "### Targets",
        "",
        *target_lines(results),
        "",
        "### Notes",
        "",
        *[f"- {note}" for note in ctx.notes],
    ]
    reasons = cell_notes(results, ctx)
    if reasons:
        parts += ["", "Cells without a time:", "", *reasons]
    parts += ["", "### Machine", ""]
    parts += [f"- {key}: {value}" for key, value in ctx.machine]
    parts += [f"- {key}: {value}" for key, value in ctx.tool_versions]
    return "\n".join(parts) + "\n"
