# math.fsum: the exactly rounded sum (CPython's partials), of lists, tuples,
# ranges, sets and generator expressions, with its special values and errors.
import math
import random
from math import fsum
from typing import Iterator

empty: list[float] = []
print(fsum([0.1] * 10), fsum([0.1] * 10) == 1.0, sum([0.1] * 10))
print(fsum(empty), fsum([1, 2, 3]), fsum(range(5)), fsum((0.5, 0.25)), fsum({1.5}), fsum([True, True]))
print(fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), fsum([1e-16, 1, 1e16]), fsum([-0.0, -0.0]))
print(fsum([2.0 ** 53, 1.0, 1.0]), fsum([1.0, 2.0 ** -53, 2.0 ** -106]), fsum([1e308, -1e308, 1e308]))
print(fsum((1, 0.5, True)), fsum(()), fsum((2.5, 2.5)), fsum(tuple([0.1] * 10)))
print(fsum(x / 10 for x in range(1, 11)), fsum(1 / n for n in range(1, 100) if n % 3), fsum(i for i in range(10)))
inf = float("inf")
nan = float("nan")
print(fsum([inf, 1.0, inf]), fsum([-inf, 5.0]), fsum([nan, 1.0]), fsum([inf, nan]), fsum([1e308, inf]))


def attempt(xs: list[float]) -> None:
    try:
        print(fsum(xs))
    except OverflowError as e:
        print("OverflowError:", e)
    except ValueError as e:
        print("ValueError:", e)


attempt([1e308, 1e308])
attempt([1e308, 1e308, -1e308])
attempt([inf, -inf])
attempt([inf, -inf, nan])
attempt([-1e308, -1e308, inf])


def noisy(x: float) -> float:
    print("element", x)
    return x


# The generator stops at the element that overflows, as CPython's does.
try:
    print(fsum(noisy(x) for x in [1.0, 1e308, 1e308, 2.0]))
except OverflowError as e:
    print("OverflowError:", e)



def values(xs: list[float]) -> Iterator[float]:
    for x in xs:
        print("yield", x)
        yield x


# A generator object too is resumed only up to the overflowing element.
print(fsum(values([0.1, 0.2, 0.3])))
try:
    print(fsum(values([1e308, 1e308, 3.0])))
except OverflowError as e:
    print("OverflowError:", e)

# Many sums with wide exponents and cancellation, against CPython's digits.
rng = random.Random(11)
results: list[float] = []
for trial in range(300):
    n = rng.randint(0, 40)
    xs = [rng.uniform(-1.0, 1.0) * 10.0 ** rng.randint(-30, 30) for _ in range(n)]
    xs += [-x for x in xs[: rng.randint(0, n)]]
    rng.shuffle(xs)
    results.append(fsum(xs))
print(results[:100])
print(results[100:200])
print(results[200:])
print(math.fsum(results), math.fsum(float(i) for i in range(1000)))
