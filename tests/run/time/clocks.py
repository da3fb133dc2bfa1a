# time's clocks move forward; elapsed times go to stderr, as benchmarks do.
import sys
import time
from time import perf_counter, sleep


def work(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


start = perf_counter()
t0 = time.time()
ns0 = time.perf_counter_ns()
m0 = time.monotonic()
print(work(100000))
sleep(0.01)
time.sleep(0)
elapsed = perf_counter() - start
print(elapsed >= 0.01, time.perf_counter_ns() - ns0 >= 10_000_000, time.monotonic() >= m0)
print(time.time() >= t0 > 1.6e9, time.time_ns() > 1_600_000_000 * 10**9)
print(time.monotonic_ns() > 0, time.process_time() >= 0.0)
print(f"elapsed {elapsed:.3f}s", file=sys.stderr)
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
time.sleep(float("nan"))
