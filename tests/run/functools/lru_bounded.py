# A bounded lru_cache evicts the least recently used entry exactly when
# CPython's does: the printing function shows every real call.
from functools import lru_cache


@lru_cache(maxsize=3)
def square(n: int) -> int:
    print("  computing", n)
    return n * n


@lru_cache
def cube(n: int) -> int:
    print("  cube", n)
    return n * n * n


@lru_cache(maxsize=0)
def uncached(n: int) -> int:
    print("  uncached", n)
    return n


@lru_cache(maxsize=2)
def collatz(n: int) -> int:
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)


for n in [1, 2, 3, 1, 4, 2, 1, 5, 3, 3, 1]:
    print(n, square(n))
for n in list(range(130)) + [0, 1, 2, 129]:
    cube(n)
print(uncached(1), uncached(1))
print(collatz(27), collatz(27), collatz(97))
