# The example of docs/language.md (Enums).
from enum import Enum, IntEnum, auto


class Direction(Enum):
    NORTH = auto()
    EAST = auto()
    SOUTH = auto()
    WEST = auto()

    def turn_right(self) -> "Direction":
        return Direction((self.value % 4) + 1)


class Priority(IntEnum):
    LOW = 1
    HIGH = 10


print(Direction.WEST.turn_right(), [d.name for d in Direction])  # Direction.NORTH ['NORTH', 'EAST', 'SOUTH', 'WEST']
print(Priority.HIGH, repr(Priority.LOW), Priority.HIGH * 2)  # 10 <Priority.LOW: 1> 20
d = Direction.NORTH
for _ in range(5):
    d = d.turn_right()
    print(d, end=" ")
print()
