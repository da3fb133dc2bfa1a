"""Calls stay flat in memory: 10^6 calls (with fresh int and float objects as
arguments and results) must not grow the resident set."""
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
