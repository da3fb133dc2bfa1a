import threading
import time

import kernel
from _support import compiled, expect, show

show(kernel.spin, 1000)
show(kernel.checked_sum, 100, -1)
show(kernel.checked_sum, 100, 50)
show(kernel.collatz_steps, 27)
show(kernel.fact, 20)
show(kernel.noisy, 10)

# Threads calling the kernels at once all get the right results.
results: dict = {}


def worker(k: int, slot: int) -> None:
    out = []
    for j in range(200):
        out.append((kernel.spin(500 + j), kernel.collatz_steps(27 + k + j), kernel.fact(10 + j % 5)))
        try:
            kernel.checked_sum(10, j % 3)
        except AssertionError as e:
            out.append(str(e))
    results[slot] = out


threads = [threading.Thread(target=worker, args=(k, k)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
# The same work on one thread gives the same results.
for k in range(4):
    worker(k, k + 10)
print([len(results[k]) for k in range(4)], [results[k] == results[k + 10] for k in range(4)])
print(results[0][0], results[3][-1])

if compiled(kernel):
    # While a kernel that released the GIL runs, another Python thread makes
    # progress: its rate during the call is a good part of its rate alone.
    counter = [0]
    stop = [False]

    def count() -> None:
        while not stop[0]:
            counter[0] += 1

    def progress_rate_during(f, *args) -> float:
        before = counter[0]
        t0 = time.perf_counter()
        f(*args)
        t1 = time.perf_counter()
        return (counter[0] - before) / (t1 - t0)

    t = threading.Thread(target=count)
    t.start()
    time.sleep(0.05)
    before, t0 = counter[0], time.perf_counter()
    time.sleep(0.2)
    alone = (counter[0] - before) / (time.perf_counter() - t0)
    n = 3_000_000
    during_free = max(progress_rate_during(kernel.spin, n) for _ in range(3))
    stop[0] = True
    t.join()
    # With the GIL held the other thread gets at most one switch interval
    # (5 ms) of a call lasting far longer; without it, it runs alongside.
    expect(during_free > 0.25 * alone, True)
