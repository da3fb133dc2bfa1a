# `and`/`or` and chained comparisons become branches; the middle operand is evaluated once.
def between(lo: int, x: int, hi: int) -> bool:
    return lo < x <= hi


def either(a: bool, b: bool) -> bool:
    return a or not b


print(between(1, 2, 3), either(False, True))
