# Operators a class implements: + - * / // % and unary -, subscripts and
# `in`, also inherited and overridden (dispatched on the run-time class).


class Vec:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y

    def __add__(self, other: "Vec") -> "Vec":
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other: "Vec") -> "Vec":
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k: float) -> "Vec":
        return Vec(self.x * k, self.y * k)

    def __truediv__(self, k: float) -> "Vec":
        return Vec(self.x / k, self.y / k)

    def __neg__(self) -> "Vec":
        return Vec(-self.x, -self.y)

    def __repr__(self) -> str:
        return f"Vec({self.x}, {self.y})"


class Grid:
    def __init__(self, width: int, cells: list[int]) -> None:
        self.width = width
        self.cells = cells

    def __getitem__(self, pos: tuple[int, int]) -> int:
        r, c = pos
        return self.cells[r * self.width + c]

    def __contains__(self, value: int) -> bool:
        return value in self.cells

    def __floordiv__(self, k: int) -> "Grid":
        return Grid(self.width, [v // k for v in self.cells])

    def __mod__(self, k: int) -> "Grid":
        return Grid(self.width, [v % k for v in self.cells])


class Row:
    def __init__(self, items: list[str]) -> None:
        self.items = items

    def __getitem__(self, i: int) -> str:
        return self.items[i]


class LoudRow(Row):
    def __getitem__(self, i: int) -> str:
        return self.items[i].upper()


def main() -> None:
    a = Vec(1.5, 2.0)
    b = Vec(0.5, -1.0)
    print(a + b, a - b, a * 2, a * 2.5, a / 4, -a)
    c = a
    c += b
    c -= Vec(1.0, 1.0)
    print(c, a, (a + b) * 2 - -b)
    g = Grid(3, [1, 2, 3, 4, 5, 6])
    print(g[0, 0], g[1, 2], g[(1, 0)], 5 in g, 7 in g, 7 not in g)
    print((g // 2).cells, (g % 4).cells, (g // 2 % 2)[1, 1])
    rows: list[Row] = [Row(["a", "b"]), LoudRow(["c", "d"])]
    print([r[1] for r in rows], rows[1][-2])


main()
