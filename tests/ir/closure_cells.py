# A counter over a cell (`count` is assigned through `nonlocal`), a capture
# by value (`step`, a parameter nothing assigns) and a call of the value.
from typing import Callable


def make_counter(step: int) -> Callable[[], int]:
    count = 0

    def tick() -> int:
        nonlocal count
        count += step
        return count
    return tick


c = make_counter(2)
print(c())
