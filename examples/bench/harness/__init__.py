"""The benchmark harness behind examples/bench/bench.py (Python 3.11 stdlib only).

Modules, one job each:
- suite:   the benchmark programs and their `# bench-size` markers
- measure: run one process, measuring wall time and peak memory (wait4)
- peers:   the tools being compared: the venv with Cython and mypy, the taipan binary
- tools:   how each variant is built and launched
- runner:  build, check the output against CPython, time
- report:  the Markdown tables, targets and notes
- chart:   the SVG bar chart of time ratios to C
"""
