"""Module-level variables become module attributes."""
from typing import Final

N: Final = 1000
SCALE = 2**10
RATE = 0.25
DEBUG = False
NAME = "taipan ünï"
ORIGIN = (0, 0.5)
_PRIVATE = 7
# Declared float, holding ints (CPython keeps them ints): folded, and stored.
WIDTH: float = 3
height: float = 2
if WIDTH > 1:
    height = height * 2

count = 0
for i in range(5):
    count += i

if count > 100:
    NEVER = 1

label = "n=" + str(N)

# Optionals: folded (None or a value) and assigned in the body (a box, a str).
LIMIT: int | None = None
RATIO: float | None = 0.5
VERBOSE: bool | None = True
TITLE: str | None = None
maybe: int | None = None
pick: str | None = None
if count > 5:
    maybe = count
    pick = "big"


def scaled(x: int) -> int:
    return x * SCALE + count
