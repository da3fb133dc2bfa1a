# A frozen dataclass hierarchy: hashing and equality across classes, as
# dict keys and set elements.
from dataclasses import dataclass


@dataclass(frozen=True)
class Cell:
    row: int
    col: int


@dataclass(frozen=True)
class Wall(Cell):
    height: int = 1


seen = {Cell(0, 0): "start", Wall(0, 0): "wall"}
print(len(seen), seen[Cell(0, 0)], seen[Wall(0, 0, 1)])
print(Cell(0, 0) in seen, Wall(0, 0, 2) in seen, Cell(1, 1) in seen)
cells = {Cell(1, 2), Wall(1, 2), Cell(1, 2), Wall(1, 2, 1)}
print(len(cells), sorted([repr(c) for c in cells]))
print(Wall(1, 2) == Cell(1, 2), Wall(3, 4))
try:
    print(seen[Wall(5, 5)])
except KeyError as e:
    print("KeyError:", e)
