# int/float promotion is explicit in the IR; mixed comparisons are exact.
import math


def hyp(a: int, b: float) -> float:
    return math.sqrt(a * a + b * b)


def bigger(i: int, f: float) -> bool:
    return i > f


print(hyp(3, 4.0), bigger(2, 1.5))
