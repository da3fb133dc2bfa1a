"""Calls stay flat in memory: 10^6 calls (with fresh int and float objects as
arguments and results), and 10^5 calls copying a dict, a set and an optional
in and a dict out, must not grow the resident set."""
import resource

import loops


def rss_kib() -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def run(n: int) -> int:
    total = 0
    for i in range(n):
        total += loops.add(i, 1_000_000)
        loops.scale(i * 0.5, 3.0)
        if i % 1000 == 0:
            try:
                loops.fails(i)
            except ZeroDivisionError:
                total += 1
    return total


run(100_000)  # warm up: caches, allocator arenas
before = rss_kib()
total = run(1_000_000)
growth = rss_kib() - before
print(total)
# A leak of one object per call would be tens of megabytes.
print("flat" if growth < 4096 else f"grew by {growth} KiB")

data = {f"k{i}": [i * 0.5, 1.0, -0.5] for i in range(20)}
tags = {f"k{i}" for i in range(0, 20, 2)}


def run_dicts(n: int) -> float:
    total = 0.0
    for i in range(n):
        out = loops.weigh(data, tags, 3 if i % 2 else None)
        total += out["k2"]
        if i % 1000 == 0:
            try:
                loops.weigh({"a": [1.0, "x"]}, {"a"})
            except TypeError:
                total += 1
    return total


run_dicts(10_000)
before = rss_kib()
total = run_dicts(100_000)
growth = rss_kib() - before
print(total)
# Each call copies 20 lists in and a 10-entry dict out: a leak per call
# would be tens of megabytes.
print("flat" if growth < 4096 else f"grew by {growth} KiB")
