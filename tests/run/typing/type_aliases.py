# Module-level type aliases: generics, unions with None, Callable, TypeAlias,
# builtin type names and classes; aliases inside aliases.
from __future__ import annotations
from typing import Callable, Dict, List, Optional, Tuple, TypeAlias

Grid = List[List[int]]
Row = list[int]
Cell = Tuple[int, int]
Cells = set[Cell]
MaybeCell = Cell | None
Op = Callable[[int, int], int]
Table: TypeAlias = Dict[str, Op]
Number = float
UserId: TypeAlias = int


class Point:
    def __init__(self, x: Number, y: Number) -> None:
        self.x = x
        self.y = y


P = Point


def make_grid(n: int) -> Grid:
    return [[i * n + j for j in range(n)] for i in range(n)]


def first_row(g: Grid) -> Row:
    return g[0]


def neighbours(c: Cell, size: int) -> Cells:
    out: Cells = set()
    for dx, dy in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        x, y = c[0] + dx, c[1] + dy
        if 0 <= x < size and 0 <= y < size:
            out.add((x, y))
    return out


def find(g: Grid, value: int) -> MaybeCell:
    for i, row in enumerate(g):
        for j, v in enumerate(row):
            if v == value:
                return (i, j)
    return None


ops: Table = {"+": lambda a, b: a + b, "max": lambda a, b: max(a, b)}
g = make_grid(3)
print(g, first_row(g), sorted(neighbours((0, 0), 3)), find(g, 5), find(g, 42))
for name, f in ops.items():
    print(name, f(3, 9))
users: dict[UserId, str] = {1: "ann", 2: "bob"}
uid: UserId = 2
print(users[uid], Number(3), Number("2.5") * 2)
p: P = P(1.5, 2.0)
print(p.x + p.y, isinstance(p, P), type(p).__name__)
