# math.prod: exact int products (an int start), float products left to
# right (a float start), of lists, tuples, ranges and generators.
import math
from math import prod

none: list[int] = []
nofloats: list[float] = []
print(prod([1, 2, 3, 4]), prod(none), prod(none, start=7), prod(range(1, 21)), prod(range(-5, 0)))
print(prod([True, True]), prod([True, False, True]), prod((2, -3), start=-4), prod([0, 2 ** 62, 4]))
print(prod(nofloats, start=2.5), prod([1.5, 2.0, -4.0], start=1.0), prod([2, 3], start=1.5), prod([True], start=0.5))
print(prod([0.1] * 10, start=1.0), prod([1e200, 1e200, 1e-200], start=1.0), prod([1e-200, 1e-200, 1e200], start=1.0))
print(prod([float("inf"), 0.0], start=1.0), prod([-0.0, 3.0], start=1.0), prod(range(3), start=-0.0))
print(prod(x * x for x in range(1, 6)), prod((x / 2 for x in range(1, 6)), start=1.0), prod(i for i in range(0)))
print(prod(len(w) for w in ["ab", "cde", "f"] if w != "f"), prod([2 ** 31, 2 ** 31], start=1), prod([-(2 ** 62), 2]))
print(math.prod([3, 5], start=2), prod(x for x in [1, 2, 3] if x > 5), prod([2 ** 32, 2 ** 32], start=1e-3))
scale = 0.5
print(prod([1, 2, 3], start=scale), prod((x for x in [4, 5]), start=scale))
