# functools.reduce as the value of an assignment or a return: lambdas and
# named functions, with and without an initial value.
import functools
from functools import reduce


def gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return a


def product(xs: list[int]) -> int:
    return reduce(lambda acc, x: acc * x, xs, 1)


def longest(words: list[str]) -> str:
    best = reduce(lambda a, b: a if len(a) >= len(b) else b, words)
    return best


xs = [12, 18, 30, 42]
total = reduce(lambda a, b: a + b, xs)
g = reduce(gcd, xs)
print(total, product(xs), product([]), g)
joined: str = functools.reduce(lambda s, w: s + "-" + w, ["a", "b", "c"], ">")
print(joined, longest(["pear", "banana", "fig", "cherry"]))
scaled = reduce(lambda acc, x: acc * 0.5 + x, [1.0, 2.0, 3.0], 0.0)
biggest = reduce(lambda a, b: max(a, b), (3, 9, 2))
backwards = reduce(lambda a, b: b + a, "abc")
print(scaled, biggest, backwards)
single = reduce(lambda a, b: a * b, [7])
print(single)
empty: list[int] = []
start = reduce(lambda a, b: a + b, empty, 100)
print(start)
try:
    bad = reduce(lambda a, b: a + b, empty)
    print(bad)
except TypeError as e:
    print("TypeError:", e)
nothing = reduce(lambda a, b: a + b, empty)
