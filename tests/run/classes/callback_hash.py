# Instances as dict keys and set elements: __hash__ + __eq__ (collisions
# decided by __eq__), identity for classes with neither, a frozen
# dataclass's field hash, and the unhashable classes: __eq__ without
# __hash__ (a plain @dataclass too) raises TypeError when hashed.
from dataclasses import dataclass


class Cell:
    def __init__(self, row: int, col: int) -> None:
        self.row = row
        self.col = col

    def __eq__(self, other: "Cell") -> bool:
        return self.row == other.row and self.col == other.col

    def __hash__(self) -> int:
        return self.row * 100 + self.col

    def __repr__(self) -> str:
        return f"Cell({self.row}, {self.col})"


class Clash:
    def __init__(self, name: str) -> None:
        self.name = name

    def __eq__(self, other: "Clash") -> bool:
        print("compare", self.name, other.name)
        return self.name == other.name

    def __hash__(self) -> int:
        return 7

    def __repr__(self) -> str:
        return self.name


class Token:
    def __init__(self, text: str) -> None:
        self.text = text


class EqOnly:
    def __init__(self, v: int) -> None:
        self.v = v

    def __eq__(self, other: "EqOnly") -> bool:
        return self.v == other.v


class Base:
    def __init__(self, v: int) -> None:
        self.v = v

    def __hash__(self) -> int:
        return self.v


class Derived(Base):
    def __eq__(self, other: "Base") -> bool:
        return self.v == other.v


class Grumpy:
    def __init__(self, v: int) -> None:
        self.v = v

    def __hash__(self) -> int:
        if self.v < 0:
            raise ValueError("no hash for negatives")
        return self.v


@dataclass(frozen=True)
class Coord:
    x: int
    y: int
    label: str = ""


@dataclass
class Mutable:
    x: int


grid = {Cell(0, 0): "origin", Cell(1, 2): "a", Cell(0, 0): "again"}
print(grid, len(grid))
print(grid[Cell(1, 2)], Cell(1, 2) in grid, Cell(2, 1) in grid)
grid[Cell(5, 5)] = "far"
del grid[Cell(0, 0)]
print(grid)
print(grid.get(Cell(5, 5), "?"), grid.get(Cell(6, 6), "?"))
cells = {Cell(2, 2), Cell(1, 1), Cell(2, 2), Cell(0, 3)}
print(cells, len(cells))
print(Cell(1, 1) in cells)
cells.discard(Cell(1, 1))
print(sorted([c.row * 10 + c.col for c in cells]))
try:
    print(grid[Cell(9, 9)])
except KeyError as e:
    print("KeyError:", e)

clashes = {Clash("a"): 1}
clashes[Clash("b")] = 2
clashes[Clash("a")] = 3
print(clashes)
print(Clash("b") in clashes)

t1 = Token("x")
t2 = Token("x")
tokens = {t1: 1, t2: 2}
print(len(tokens), tokens[t1], tokens[t2], t1 in tokens, Token("x") in tokens)
print(len({t1, t2, t1}))

coords = {Coord(1, 2): "a", Coord(1, 2, ""): "b", Coord(2, 1): "c"}
print(coords)
print(Coord(2, 1) in coords, Coord(2, 1, "z") in coords)
print({Coord(0, 0, "o")})

d = Derived(3)
try:
    print({d: 1})
except TypeError as e:
    print("TypeError:", e)
print(len({Base(1): 1, Base(1): 2}))
try:
    s = {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    m = {Mutable(1): "x"}
except TypeError as e:
    print("TypeError:", e)
ms: dict[Mutable, int] = {}
try:
    ms[Mutable(2)] = 1
except TypeError as e:
    print("TypeError:", e)
print(len(ms))

gs = {Grumpy(1): "one"}
try:
    gs[Grumpy(-1)] = "minus"
except ValueError as e:
    print("ValueError:", e)
print(len(gs))
try:
    print(Grumpy(-2) in gs)
except ValueError as e:
    print("ValueError:", e)
gset = {Grumpy(4)}
try:
    gset.add(Grumpy(-3))
except ValueError as e:
    print("ValueError:", e)
print(len(gset))
