# int | None, float | None, bool | None, str | None: narrowing by `is None`,
# `is not None`, early return, assert, truthiness (0, 0.0, False and "" are
# falsy too), conditional expressions; printing, str/repr/f-strings.
from typing import Optional


def find(xs: list[int], target: int) -> int | None:
    for i, x in enumerate(xs):
        if x == target:
            return i
    return None


def half(n: int) -> Optional[float]:
    if n % 2 != 0:
        return None
    return n / 2


def describe(x: int | None) -> str:
    if x is None:
        return "nothing"
    return f"the int {x + 1 - 1}, doubled {x * 2}"


def truth(x: int | None) -> str:
    # `if x:` is false for 0 as well as for None.
    if x:
        return f"truthy {x + 0}"
    return "falsy"


def strict(x: int | None) -> int:
    assert x is not None
    return x * 10


def pick(a: str | None, b: str) -> str:
    return a if a is not None else b


def length(s: str | None) -> int:
    if not s:
        return 0
    return len(s)


def flag(b: bool | None) -> str:
    if b is None:
        return "unset"
    return "yes" if b else "no"


def main() -> None:
    xs = [4, 0, 7, 0]
    r = find(xs, 7)
    print(r, find(xs, 5), find(xs, 4), find([], 1))
    if r is not None:
        print("found at", r, r + 100)
    print(half(4), half(3), half(0), half(-6))
    print(describe(None), describe(0), describe(-3))
    print(truth(None), truth(0), truth(5), truth(-1))
    print(strict(4), strict(0))
    print(pick(None, "b"), pick("a", "b"), pick("", "b"))
    print(length(None), length(""), length("hello"))
    print(flag(None), flag(True), flag(False))
    a: int | None = None
    print(a, str(a), repr(a), f"[{a}]", f"{a!r}")
    a = 42
    print(a, str(a), repr(a), f"[{a}]", f"{a!r}", a + 1)
    # (An int stored as a float | None becomes a float, as for float: so only
    # its value is printed here.)
    f: float | None = 1
    if f is not None:
        print(f == 1, f * 2 == 2.0, f > 0.5)
    f = None
    print(f)
    s: str | None = "it's"
    print(s, repr(s), f"{s!r}", [s], str(s))
    s = None
    print(s, repr(s), [s])
    z: int | None = 0
    print("z truthy" if z else "z falsy", "z set" if z is not None else "z unset")
    n: bool | None = False
    print(n, not n, n is None)


main()
