# Builtin functions where a Callable is expected: abs, len, int, max, repr, pow.
from typing import Callable


def apply_all(x: int, fs: list[Callable[[int], int]]) -> int:
    for f in fs:
        x = f(x)
    return x


def twice(f: Callable[[str], str], s: str) -> str:
    return f(f(s))


def combine(f: Callable[[int, int], int], xs: list[int]) -> int:
    acc = xs[0]
    for x in xs[1:]:
        acc = f(acc, x)
    return acc


print(apply_all(-3, [lambda v: v * 10, abs]))
print(twice(repr, "a"))
print(combine(max, [3, 9, 2]), combine(min, [3, 9, 2]), combine(pow, [2, 3, 2]))
measure: Callable[[str], int] = len
conv: list[Callable[[str], int]] = [len, int, ord]
print(measure("hello"), [c("7") for c in conv])
print(apply_all(5, [abs, abs]))
try:
    print(conv[1]("x"))
except ValueError as e:
    print("ValueError:", e)
