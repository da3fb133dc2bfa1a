# An uncaught OverflowError from math.fsum of a generator, raised at the
# element that overflows (the later elements are never computed).
import math


def scaled(xs: list[float], k: float) -> float:
    return math.fsum(x * k for x in xs if x != 0.0)


print(scaled([1.0, 2.0, 0.0], 3.0))
print(scaled([1e300, 1e300, 0.0, 7.0], 1e8))
