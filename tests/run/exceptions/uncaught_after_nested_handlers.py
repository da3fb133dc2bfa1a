# An exception that is caught, stored, and raised again after other handlers ran.
saved: list[LookupError] = []


def fetch(xs: list[int], i: int) -> int:
    return xs[i]


try:
    fetch([1, 2, 3], 10)
except LookupError as e:
    saved.append(e)
    print("caught", repr(e))

try:
    print(1 // 0)
except ArithmeticError as e2:
    print("also caught", e2)

raise saved[0]
