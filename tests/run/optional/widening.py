# A variable inferred from its assignments widens to an optional when it is
# also assigned None (in any order), as mypy infers: loops, unpacking, branches.


def f() -> None:
    for i in range(3):
        print(i)
    i = None
    print(i)
    for x in [1.5, 2.5]:
        print(x)
    x = None
    print(x)
    a, b = 1, "s"
    b = None
    print(a, b)
    s = "text"
    if len(s) > 10:
        s = None
    print(s)


def find(xs: list[int], t: int) -> int | None:
    for i, x in enumerate(xs):
        if x == t:
            return i
    return None


def main() -> None:
    for t in [1, 5]:
        if t <= 3:
            r = None
        else:
            r = find([1, 2, 5], t)
        print(r)
        if r is not None:
            print(r + 10)
    best = None
    for v in [3, 8, 1]:
        if best is None or v > best:
            best = v
    print(best)


f()
main()
