# Optional fields (annotated in the class body and in __init__), optional
# parameters with None and value defaults, dict.get on dicts of optional
# values, augmented assignment of a narrowed optional, format specs.
from typing import Optional


class Acc:
    best: int | None

    def __init__(self) -> None:
        self.best = None
        self.name: str | None = None

    def add(self, x: int) -> None:
        b = self.best
        if b is None or x > b:
            self.best = x


def g(x: Optional[bool] = None, y: float | None = 2.0) -> str:
    return f"{x} {y}"


def maybe(n: int) -> int | None:
    if n > 0:
        return n
    return None


def main() -> None:
    a = Acc()
    print(a.best, a.name)
    for v in [3, -1, 7, 2]:
        a.add(v)
    print(a.best, a.best == 7)
    a.name = "acc"
    print(a.name, a.name == "acc")
    print(g(), g(True), g(False, None), g(y=0.5))
    r = maybe(3)
    s = maybe(-3)
    print(r, s, r == s, r != s)
    if r is not None and s is None:
        print("ok", r * 2)
    total = 0
    for n in range(-2, 3):
        m = maybe(n)
        if m:
            total += m
    print(total)
    xs = [maybe(i) for i in range(-1, 3)]
    print(xs, xs.count(None), xs.index(2), None in xs, 1 in xs, 5 not in xs)
    d: dict[str, int | None] = {}
    d["a"] = 1
    d["b"] = None
    print(d, d["a"], d["b"], d.get("c"), d.get("a"))
    e = {1: "one"}
    print(e.get(1), e.get(2), e.get(1) == "one")
    x: int | None = None
    x = 5
    x += 1
    print(x)
    y: int | None = 4
    y = None if y > 3 else y
    print(y)
    print(f"{r:>4}|{s!r:>6}|{r!r}")


main()
