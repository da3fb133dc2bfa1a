# isinstance() with builtin types of statically typed values (constants; optionals test for None).
from typing import Optional


def describe(x: Optional[int]) -> str:
    if isinstance(x, int):
        return "int"
    return "none"


n = 3
print(isinstance(n, int), isinstance(True, int), isinstance(2.5, float), isinstance(n, float))
print(isinstance("s", str), isinstance([1], list), isinstance({1: 2}, dict), isinstance({1}, set))
print(isinstance((1, "a"), tuple), isinstance(n, (str, int)), isinstance("x", (int, float)))
print(isinstance(False, bool), isinstance(1, bool), describe(4), describe(None))
vals: list[str] = ["a"]
print(isinstance(vals[0], str), isinstance(vals, (list, tuple)))
