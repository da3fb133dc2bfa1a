# An exception raised by a groupby key function propagates from the step
# that calls it: caught here, uncaught at the end.
from itertools import groupby


def inverse(n: int) -> float:
    return 1 / n


try:
    for k, g in groupby([1, 1, 2, 0, 5], key=inverse):
        print(k, list(g))
except ZeroDivisionError as e:
    print("caught:", e)

groups = groupby(["10", "10", "x"], key=int)
n, ns = next(groups)
print(n, list(ns))
print("before the bad key")
for n, ns in groups:
    print(n, list(ns))
