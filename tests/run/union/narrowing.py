# Every form of narrowing a union: if/elif/else, early return, assert,
# while, conditional expressions, `and` chains, `not`, type(x) is, tuples of
# classes, and the else-branch narrowing to the remaining members.
from typing import Union


def kind(x: int | float | str | None) -> str:
    if x is None:
        return "none"
    if type(x) is int:
        return f"int {x * 2}"
    if type(x) is float:
        return f"float {x / 2}"
    if isinstance(x, str):
        return "str " + x.upper()
    return "unreachable"


def early(x: Union[int, str]) -> int:
    if not isinstance(x, int):
        return len(x)
    return x + 100


def asserted(x: int | str) -> int:
    assert isinstance(x, int)
    return x - 1


def chained(x: int | str | list[int]) -> str:
    if isinstance(x, int) and x > 10:
        return "big int"
    if isinstance(x, list) and len(x) > 0 and x[0] == 0:
        return "list from zero"
    if isinstance(x, (int, list)):
        return "int or list"
    return "str " + x


def conditional(x: int | str) -> str:
    return x.strip() if isinstance(x, str) else str(-x)


def elifs(x: int | float | str | list[str]) -> str:
    if isinstance(x, int):
        out = "int " + str(x + 1)
    elif isinstance(x, float):
        out = "float " + str(round(x, 1))
    elif isinstance(x, str):
        out = "str " + x * 2
    else:
        out = "list " + "/".join(x)
    return out


def exhaustive(x: int | str) -> str:
    if isinstance(x, int):
        return "i"
    elif isinstance(x, str):
        return "s"
    else:
        raise ValueError(f"unexpected {x}")


print(kind(None), kind(4), kind(2.5), kind("ab"))
print(early("hello"), early(5))
print(asserted(10))
print(chained(11), chained(3), chained([0, 1]), chained([]), chained([2]), chained("x"))
print(conditional("  pad  "), conditional(7), conditional(-3))
print(elifs(1), elifs(2.26), elifs("ab"), elifs(["a", "b"]), elifs([]))
print(exhaustive(1), exhaustive(""))

v: int | str = 0
steps = 0
while isinstance(v, int):
    v += 3
    steps += 1
    if v > 7:
        v = "stop at " + str(v)
print(v, steps)

w: int | str = "text"
if isinstance(w, str):
    w = len(w)
print(w, isinstance(w, int), isinstance(w, str), isinstance(w, (str, float)))

flag: int | bool = True
if isinstance(flag, bool):
    print("bool", not flag)
flag = 5
if isinstance(flag, int) and not isinstance(flag, bool):
    print("int", flag + 1)
if type(flag) is int:
    print("exactly int", flag * 3)
both: list[int | bool] = [1, True, 0, False]
print(both, [isinstance(b, int) for b in both], [type(b) is bool for b in both])
print(both[0] == both[1], both[2] == both[3], both.count(1), both.count(False))
