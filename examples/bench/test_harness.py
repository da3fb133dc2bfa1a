"""Tests of the benchmark harness itself (not a benchmark run; takes seconds):

python3 -m unittest discover -s examples/bench -p 'test_*.py'
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
import textwrap
import unittest
import xml.etree.ElementTree as ElementTree
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from harness import chart, report, runner, suite  # noqa: E402
from harness.measure import build_rss_helper, run_measured  # noqa: E402
from harness.peers import TaipanPeer  # noqa: E402
from harness.runner import Cell  # noqa: E402
from harness.tools import Build, Sources, Taipan, Variant  # noqa: E402


class SuiteTests(unittest.TestCase):
    def test_every_benchmark_has_three_sources_that_agree_on_the_size(self) -> None:
        benchmarks = suite.load_suite(HERE)
        self.assertEqual([b.name for b in benchmarks], list(suite.BENCHMARK_NAMES))
        for benchmark in benchmarks:
            self.assertLess(benchmark.smoke_size, benchmark.size, benchmark.name)

    def test_resizing_rewrites_only_the_marked_value(self) -> None:
        source = HERE / "nbody" / "nbody.c"
        with tempfile.TemporaryDirectory() as scratch:
            copy = Path(scratch) / "nbody.c"
            suite.write_resized(source, copy, 1234)
            before = source.read_text().splitlines()
            after = copy.read_text().splitlines()
            changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
            self.assertEqual(len(before), len(after))
            self.assertEqual(
                changed,
                [("#define STEPS 5000000 // bench-size smoke=1000", "#define STEPS 1234 // bench-size smoke=1000")],
            )
            self.assertEqual(suite.find_size_marker(copy).value, 1234)

    def test_python_marker_with_underscores(self) -> None:
        marker = self._marker("N: Final = 5_000_000  # bench-size smoke=1_000\n")
        self.assertEqual((marker.value, marker.smoke), (5_000_000, 1_000))

    def test_two_markers_are_an_error(self) -> None:
        with self.assertRaisesRegex(suite.SuiteError, "exactly one"):
            self._marker("A = 1  # bench-size\nB = 2  # bench-size\n")

    def test_marker_without_a_value_is_an_error(self) -> None:
        with self.assertRaisesRegex(suite.SuiteError, "must follow the size value"):
            self._marker("N = compute()  # bench-size smoke=3\n")

    def test_unknown_benchmark_names_the_suite(self) -> None:
        with self.assertRaisesRegex(suite.SuiteError, "unknown benchmark nope.*fib"):
            suite.load_suite(HERE, ["nope"])

    def _marker(self, text: str) -> suite.SizeMarker:
        with tempfile.TemporaryDirectory() as scratch:
            path = Path(scratch) / "x.py"
            path.write_text(text)
            return suite.find_size_marker(path)


class MeasureTests(unittest.TestCase):
    def test_captures_output_and_exit_status(self) -> None:
        m = run_measured([sys.executable, "-c", "print('hi'); import sys; sys.exit(3)"], HERE, 60)
        self.assertEqual((m.stdout, m.exit_code, m.ok), ("hi\n", 3, False))
        self.assertIn("exit status 3", m.failure())

    def test_missing_program_is_a_failure_not_an_exception(self) -> None:
        m = run_measured(["/nonexistent/program"], HERE, 60)
        self.assertFalse(m.ok)
        self.assertIn("cannot start", m.failure())

    def test_timeout_kills_the_process(self) -> None:
        m = run_measured(["sleep", "30"], HERE, 0.3)
        self.assertTrue(m.timed_out)
        self.assertLess(m.seconds, 10)

    def test_peak_memory_is_the_programs_own(self) -> None:
        with tempfile.TemporaryDirectory() as scratch:
            helper, problem = build_rss_helper(Path(scratch))
            self.assertIsNone(problem)
            small = run_measured(["true"], HERE, 60, helper)
            big = run_measured([sys.executable, "-c", "x = bytearray(200_000_000)"], HERE, 60, helper)
            timed_out = run_measured(["sleep", "30"], HERE, 0.3, helper)
        assert small.max_rss_kib is not None and big.max_rss_kib is not None
        # `true` must not inherit the harness's own memory.
        self.assertLess(small.max_rss_kib, 8 * 1024)
        self.assertGreater(big.max_rss_kib, 190_000)
        self.assertTrue(timed_out.timed_out)
        self.assertLess(timed_out.seconds, 10)


class EchoVariant(Variant):
    """A variant whose program prints fixed text."""

    def __init__(self, variant_id: str, text: str) -> None:
        self.id = variant_id
        self.label = variant_id
        self.text = text

    def build(self, sources: Sources, work: Path) -> Build:
        return Build("ok", [sys.executable, "-c", f"print({self.text!r})"], 0.01)


class RunnerTests(unittest.TestCase):
    def run_variants(self, variants: list[Variant], runs: int = 2) -> dict[str, Cell]:
        with tempfile.TemporaryDirectory() as scratch:
            config = runner.RunConfig(runs=runs, smoke=False, timeout=60, build_root=Path(scratch), rss_helper=None)
            benchmark = suite.load_benchmark(HERE, "fib")
            return runner.run_benchmark(benchmark, variants, config, lambda message: None)

    def test_matching_output_is_timed_every_run(self) -> None:
        cells = self.run_variants([EchoVariant("cpython", "42"), EchoVariant("c", "42")], runs=3)
        self.assertEqual(cells["c"].status, runner.OK)
        self.assertEqual(len(cells["c"].run_seconds), 3)
        self.assertIsNotNone(cells["c"].best_seconds)

    def test_different_output_is_a_mismatch_without_a_time(self) -> None:
        cells = self.run_variants([EchoVariant("cpython", "42"), EchoVariant("taipan", "41")])
        self.assertEqual(cells["taipan"].status, runner.MISMATCH)
        self.assertIsNone(cells["taipan"].best_seconds)
        self.assertIn("-42", cells["taipan"].diff)
        self.assertIn("+41", cells["taipan"].diff)


class TaipanBuildTests(unittest.TestCase):
    def build_with(self, script: str) -> Build:
        with tempfile.TemporaryDirectory() as scratch:
            fake = Path(scratch) / "taipan"
            fake.write_text("#!/bin/sh\n" + textwrap.dedent(script))
            fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
            sources = Sources("fib", HERE / "fib" / "fib.py", HERE / "fib" / "fib.c", HERE / "fib" / "fib.pyx")
            work = Path(scratch) / "work"
            work.mkdir()
            return Taipan(TaipanPeer(fake, None, None)).build(sources, work)

    def test_rejection_with_a_diagnostic_is_unsupported(self) -> None:
        build = self.build_with('echo "$2:3:1: error: classes are not supported yet" >&2\nexit 1\n')
        self.assertEqual(build.status, "unsupported")
        self.assertEqual(build.message, "fib.py:3:1: error: classes are not supported yet")

    def test_an_error_without_a_location_is_a_build_failure(self) -> None:
        build = self.build_with('echo "error: cc failed: cannot find -ltaipan_runtime" >&2\nexit 1\n')
        self.assertEqual(build.status, "build-failed")
        self.assertIn("cannot find -ltaipan_runtime", build.message)

    def test_a_crash_is_a_build_failure(self) -> None:
        build = self.build_with("echo \"thread 'main' panicked\" >&2\nexit 101\n")
        self.assertEqual(build.status, "build-failed")
        self.assertIn("panicked", build.message)

    def test_success_runs_the_written_executable(self) -> None:
        build = self.build_with('printf "#!/bin/sh\\necho 1\\n" > "$4"\nchmod +x "$4"\n')
        self.assertEqual(build.status, "ok")
        assert build.run_command is not None
        self.assertTrue(build.run_command[0].endswith(os.sep + "fib"))


def cell(seconds: float | None, status: str = runner.OK, build: float | None = None, reason: str = "") -> Cell:
    return Cell(status=status, reason=reason, build_seconds=build, run_seconds=[seconds] if seconds else [])


class ReportTests(unittest.TestCase):
    labels = {
        "cpython": "CPython",
        "cython_py": "Cython (.py)",
        "cython_pyx": "Cython (.pyx)",
        "c": "C -O2",
        "taipan": "taipan",
    }

    def results(self) -> report.Results:
        return {
            "fib": {
                "cpython": cell(40.0),
                "cython_py": cell(20.0, build=3.0),
                "cython_pyx": cell(0.5, build=2.0),
                "c": cell(0.4, build=0.1),
                "taipan": cell(0.5, build=0.05),
            },
            "nbody": {
                "cpython": cell(30.0),
                "cython_py": cell(None, runner.NOT_AVAILABLE, reason="pip install failed"),
                "cython_pyx": cell(0.3, build=2.0),
                "c": cell(0.3, build=0.1),
                "taipan": cell(None, runner.MISMATCH, reason="output differs from CPython's"),
            },
        }

    def context(self) -> report.ReportContext:
        return report.ReportContext(self.labels, 3, False, "bench.py", "today", [("CPU", "x")], [("taipan", "y")])

    def test_geomean(self) -> None:
        self.assertAlmostEqual(report.geomean([1.0, 4.0]) or 0, 2.0)
        self.assertIsNone(report.geomean([]))

    def test_targets_are_judged_from_the_numbers(self) -> None:
        lines = report.target_lines(self.results())
        # fib: 0.5 / 0.4 = 1.25x is within 1.5x, but nbody has no taipan time.
        self.assertIn("1 of 2 benchmarks not compiled or not run", lines[0])
        self.assertIn("**not met**: 1.25× over the 1 of 2 benchmarks", lines[1])
        # taipan 0.5 s vs the best Cython 0.5 s: not faster.
        self.assertIn("slower on fib 1.00×", lines[2])
        # 0.05 s vs the faster Cython build 2.0 s = 1/40.
        self.assertIn("**met** on all 1 benchmarks", lines[3])

    def test_render_marks_mismatch_and_explains_missing_cells(self) -> None:
        text = report.render(self.results(), self.context())
        self.assertIn("**MISMATCH**", text)
        self.assertIn("- Cython (.py), nbody: n/a: pip install failed", text)
        self.assertIn("| fib | 40.00 | 20.00 | 0.500 | 0.400 | 0.500 | 1.25× | 1.00× |", text)
        # Build: taipan 0.05 s against the faster Cython build, 2.0 s.
        self.assertIn("| fib | 3.00 | 2.00 | 0.100 | 0.050 | 1/40 |", text)


class ChartTests(unittest.TestCase):
    def test_svg_is_well_formed_with_one_bar_per_time(self) -> None:
        ratios: dict[str, dict[str, float | None]] = {
            "cpython": {"fib": 100.0, "nbody": 50.0},
            "taipan": {"fib": 1.2, "nbody": None},
        }
        svg = chart.render_svg(ratios, {"cpython": "CPython", "taipan": "taipan"}, 1.5, "t")
        root = ElementTree.fromstring(svg)
        ns = "{http://www.w3.org/2000/svg}"
        bars = [e for e in root.iter(f"{ns}rect") if e.find(f"{ns}title") is not None]
        self.assertEqual(len(bars), 3)

    def test_svg_without_data_says_so(self) -> None:
        svg = chart.render_svg({"taipan": {"fib": None}}, {"taipan": "taipan"}, 1.5, "t")
        ElementTree.fromstring(svg)
        self.assertIn("no variant has a time", svg)


if __name__ == "__main__":
    unittest.main()
