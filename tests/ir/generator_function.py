# A generator function: `countdown` makes the frame (an instance of the
# frame class, holding the argument), and the resume function restores the
# locals, dispatches on the state, and at the yield stores the element, the
# locals and the next state into the frame and returns true.
from typing import Iterator


def countdown(n: int) -> Iterator[int]:
    while n > 0:
        yield n
        n -= 1


for x in countdown(2):
    print(x)
