# Optional values inside containers, dict.get without a default, equality
# with None and with values, optional fields and parameters with defaults.
from dataclasses import dataclass


class Cell:
    def __init__(self, value: int | None = None, label: str | None = None) -> None:
        self.value = value
        self.label = label

    def show(self) -> str:
        v = self.value
        if v is None:
            return f"Cell(empty, {self.label})"
        return f"Cell({v + 0}, {self.label})"


@dataclass
class Reading:
    sensor: str
    value: float | None = None


def total(xs: list[int | None]) -> int:
    t = 0
    for x in xs:
        if x is not None:
            t += x
    return t


def count_none(xs: list[int | None]) -> int:
    n = 0
    for x in xs:
        if x is None:
            n += 1
    return n


def scale(x: int, factor: int | None = None, offset: float | None = 0.5) -> float:
    f = 1 if factor is None else factor
    if offset is None:
        return float(x * f)
    return x * f + offset


def main() -> None:
    xs: list[int | None] = [1, None, 3, None, 0]
    print(xs, len(xs), total(xs), count_none(xs))
    xs.append(7)
    xs.append(None)
    xs[0] = None
    xs[1] = -5
    print(xs, xs[-1], xs[1], xs.count(None), None in xs, 3 in xs)
    nones: list[int | None] = [None]
    print(xs == [None, -5, 3, None, 0, 7, None], xs != nones, [1, None] == [1, None])
    names: list[str | None] = ["a", None, "it's"]
    print(names, repr(names[1]), names[2])
    fl: list[float | None] = [1.5, None, -0.0]
    print(fl)
    flags: list[bool | None] = [True, None, False]
    print(flags)
    nested: dict[str, list[int | None]] = {"a": [None], "b": [1, None]}
    print(nested)
    t: tuple[int | None, str | None] = (None, "x")
    print(t, t[0], t[1])

    ages = {"ann": 31, "bob": 0}
    a = ages.get("ann")
    b = ages.get("bob")
    c = ages.get("cyd")
    print(a, b, c)
    if a is not None and b is not None:
        print(a + b)
    print("bob truthy" if b else "bob falsy", b is None, c is None)
    print(a == 31, a == 30, c == 31, c == None, c != None, a != 31, b == 0)
    words = {"x": "ex", "y": ""}
    w = words.get("x")
    m = words.get("q")
    print(w, m, w == "ex", m == "ex", words.get("y") == "", repr(words.get("y")))
    if w is not None:
        print(w.upper(), len(w))
    prices = {"tea": 1.25}
    p = prices.get("tea")
    q = prices.get("coffee")
    print(p, q, p == 1.25)
    opt: dict[str, int | None] = {"k": None, "j": 2}
    print(opt.get("k"), opt.get("j"), opt.get("z"), opt)

    print(Cell().show(), Cell(3).show(), Cell(0, "zero").show(), Cell(None, "n").show())
    cell = Cell(5, "five")
    cell.value = None
    print(cell.show(), cell.value, cell.label)
    cell.value = 9
    print(cell.value, cell.value == 9)
    print(Reading("a"), Reading("b", 2.5), Reading("c", -1.0))
    r = Reading("d", 3.0)
    print(r == Reading("d", 3.0), r == Reading("d", None), Reading("e") == Reading("e"))

    print(scale(2), scale(2, 3), scale(2, None, None), scale(2, 0, 1.5), scale(-1, offset=2.5), scale(3, 2, 2) == 8)

    x: int | None = 3
    y: int | None = 3
    z: int | None = None
    print(x == y, x != y, x == z, z == None, z == z, x == 4, 3 == x)


main()
