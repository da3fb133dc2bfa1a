from typing import Callable


def fib_memo(n: int) -> int:
    memo: dict[int, int] = {}

    def fib(k: int) -> int:
        if k < 2:
            return k
        if k in memo:
            return memo[k]
        r = fib(k - 1) + fib(k - 2)
        memo[k] = r
        return r
    return fib(n)


def count_down(n: int) -> list[int]:
    out: list[int] = []

    def go(k: int) -> None:
        if k < 0:
            return
        out.append(k)
        go(k - 1)
    go(n)
    return out


def make_fact() -> Callable[[int], int]:
    def fact(n: int) -> int:
        return 1 if n <= 1 else n * fact(n - 1)
    return fact


def deep(n: int) -> int:
    def down(k: int) -> int:
        return 0 if k == 0 else 1 + down(k - 1)
    return down(n)


print(fib_memo(50), fib_memo(0), fib_memo(1))
print(count_down(5), count_down(-1))
f = make_fact()
print(f(10), f(0), make_fact()(5))
print(deep(500))
try:
    deep(100000)
except RecursionError as e:
    print("RecursionError:", e)
