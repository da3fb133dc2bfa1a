# Module constants fold into their uses; a rebound global is stored and loaded.
from typing import Final

SIZE: Final = 4 * 1024
SCALE = 2.5
counter = 0
counter = counter + 1


def scaled(x: int) -> float:
    return x * SCALE + SIZE + counter


print(scaled(2))
