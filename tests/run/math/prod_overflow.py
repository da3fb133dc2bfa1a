# expect-taipan-error: OverflowError: integer overflow: result does not fit in 64 bits
# math.prod of ints past 64 bits: CPython's ints grow, taipan's raise
# OverflowError, as its int arithmetic does.
from math import prod


def factorial(n: int) -> int:
    return prod(range(1, n + 1))


for n in [5, 20]:
    print(n, factorial(n))
print(21, factorial(21))
