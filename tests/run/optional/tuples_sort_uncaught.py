# Optional fields of tuples: sorted while no comparison reaches a None, the
# f-string debug form, then CPython's TypeError when an int meets a None.
def a(x: int) -> int | None:
    if x > 0:
        return x
    return None


def b(x: int) -> str | None:
    if x > 0:
        return "pos"
    return None


def c(xs: list[tuple[int, int | None]]) -> None:
    print(sorted(xs))
    print(f"{xs[0][1]=}", xs[0] < (1, None))


print(a(1), a(-1), b(1), b(0))
c([(2, None), (1, 5)])
c([(1, None), (1, 5)])
