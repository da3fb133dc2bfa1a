from enum import Enum, auto
from typing import Optional


class Color(Enum):
    """Primary colours."""
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias of RED


class Direction(Enum):
    NORTH = auto()
    EAST = auto()
    SOUTH = 10
    WEST = auto()

    def opposite(self) -> "Direction":
        if self is Direction.NORTH:
            return Direction.SOUTH
        if self is Direction.SOUTH:
            return Direction.NORTH
        if self is Direction.EAST:
            return Direction.WEST
        return Direction.EAST

    @property
    def vertical(self) -> bool:
        return self == Direction.NORTH or self == Direction.SOUTH

    @classmethod
    def first(cls) -> "Direction":
        return cls.NORTH

    @staticmethod
    def count() -> int:
        return len(Direction)


def describe(c: Color) -> str:
    return f"{c.name}={c.value}"


def pick(c: Optional[Color]) -> str:
    if c is None:
        return "none"
    return c.name


def is_red(c: Color = Color.RED) -> bool:
    return c is Color.RED


print(Color.RED)
print(repr(Color.GREEN), str(Color.BLUE))
print(f"{Color.RED} {Color.RED!r} {Color.RED.name} {Color.RED.value:03d}")
print(Color.RED.name, Color.RED.value, Color.RED.value + 1)
print(Color.CRIMSON, Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print(Color.RED is Color.RED, Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == Color.GREEN)
print(list(Color))
print(len(Color), len(Direction))
for c in Color:
    print(describe(c), end=" ")
print()
print([d.value for d in Direction])
print(Color(2), Color(1), Color["BLUE"], Color["CRIMSON"])
print(Direction.NORTH.opposite(), Direction.WEST.opposite().opposite())
print(Direction.SOUTH.vertical, Direction.EAST.vertical)
print(Direction.first(), Direction.count())
print(pick(None), pick(Color.GREEN))
print(is_red(), is_red(Color.BLUE))
print(Color.RED in Color, Direction.EAST not in Direction)
colors: list[Color] = [Color.BLUE, Color.RED]
colors.append(Color.GREEN)
print(colors, Color.GREEN in colors, colors.index(Color.RED))
counts: dict[Color, int] = {}
for c in [Color.RED, Color.BLUE, Color.RED, Color.CRIMSON]:
    counts[c] = counts.get(c, 0) + 1
print(counts)
print(counts[Color.RED], Color.GREEN in counts)
seen = {Color.RED, Color.RED, Color.CRIMSON, Color.BLUE}
print(len(seen), Color.BLUE in seen, Color.GREEN in seen)
print(hash(Color.RED) == hash("RED"), hash(Direction.EAST) == hash("EAST"))
print((Color.RED, Color.GREEN), {"k": Color.BLUE})
print(sorted(Color, key=lambda c: -c.value))
print(max(Direction, key=lambda d: d.value), min([d.value for d in Direction]))
