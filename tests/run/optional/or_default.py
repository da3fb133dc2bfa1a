# `x or default` where x is optional and default is not: the plain type
# (a chosen operand is true, so not None); each operand evaluated once.
class C:
    def __init__(self, n: int) -> None:
        self.n = n


def f(x: int | None, s: str | None, c: C | None, fl: float | None) -> None:
    a = x or 0
    b = s or "default"
    d = c or C(-1)
    e = fl or 2.5
    print(a, b, d.n, e, a + 1, len(b))


def g(d: dict[str, int], k: str) -> int:
    return d.get(k) or -1


f(None, None, None, None)
f(0, "", C(0), 0.0)
f(7, "s", C(3), 1.5)
print(g({"a": 0, "b": 2}, "a"), g({"a": 0, "b": 2}, "b"), g({}, "z"))
xs: list[int | None] = [None, 0, 4]
print([x or 9 for x in xs])
y: int | None = None
z: int | None = 5
print(y or z or 1)


def noisy(n: int | None) -> int | None:
    print("called", n)
    return n


print(noisy(0) or noisy(None) or 3, noisy(4) or 5)
