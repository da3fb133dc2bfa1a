# Memoized recursive functions: @lru_cache(maxsize=None), @cache, and
# several parameter kinds.
import functools
from functools import cache, lru_cache


@lru_cache(maxsize=None)
def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@cache
def paths(r: int, c: int) -> int:
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


@functools.lru_cache(None)
def edit_distance(a: str, b: str) -> int:
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


@functools.cache
def scaled(x: float, flag: bool) -> float:
    print("computing", x, flag)
    return x * 2.0 if flag else -x


@cache
def answer() -> int:
    print("answer computed")
    return 42


@lru_cache(maxsize=None)
def partitions(n: int, k: tuple[int, int]) -> int:
    lo, hi = k
    if n == 0:
        return 1
    if n < 0 or lo > hi:
        return 0
    return partitions(n - lo, (lo, hi)) + partitions(n, (lo + 1, hi))


print(fib(90), fib(10), [fib(i) for i in range(15)])
print(paths(16, 16), paths(2, 3))
print(edit_distance("kitten", "sitting"), edit_distance("", "abc"), edit_distance("intention", "execution"))
print(scaled(1.5, True), scaled(1.5, True), scaled(1.5, False), scaled(-0.0, False))
print(answer(), answer())
print(partitions(30, (1, 30)), partitions(5, (1, 5)))


def count_calls() -> None:
    # A memoized function called from another function, keyword arguments too.
    print(paths(r=3, c=4), paths(3, c=4))


count_calls()
