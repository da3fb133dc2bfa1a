# Optional module globals narrowed in the module body, next to functions that
# read them: a function sees the global's value at call time and tests it
# itself (or copies it to a local); key lambdas in the module body see the
# narrowed global.


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y


def lookup(name: str) -> Point | None:
    if name == "origin":
        return Point(0, 0)
    if name == "unit":
        return Point(1, 1)
    return None


def offset() -> int | None:
    return 3


origin = lookup("origin")
shift = offset()


def describe() -> str:
    p = origin
    if p is None:
        return "no origin"
    return "origin at " + str(p.x) + "," + str(p.y)


def shifted(x: int) -> int:
    s = shift
    return x + s if s is not None else x


if origin is not None:
    print(origin.x, origin.y, describe())
    print("shifted", shifted(origin.x), origin.x + 1)
if shift is not None:
    # The key function runs during sorted(): the narrowed global holds.
    print(sorted([5, 1, 4], key=lambda v: abs(v - shift)))
    print([v * shift for v in range(3)], sum(v + shift for v in range(3)))
    print(shift if shift > 2 else 0)

unit = lookup("unit")
nowhere = lookup("nowhere")
if unit is not None and nowhere is None:
    print("unit", unit.x + unit.y, nowhere)
elif unit is not None:
    print("unexpected", unit.x)
if not nowhere:
    print("nowhere is", nowhere, describe())
