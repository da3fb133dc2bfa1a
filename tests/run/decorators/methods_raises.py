# An exception raised in a decorated method's body, or in its decorator's
# wrapper, reaches the caller through the wrapper: caught, then uncaught.
from typing import Callable


def checked(f: Callable[["Box", int], int]) -> Callable[["Box", int], int]:
    def wrapper(self: "Box", n: int) -> int:
        if n < 0:
            raise ValueError(f"negative: {n}")
        return f(self, n)
    return wrapper


class Box:
    def __init__(self, total: int) -> None:
        self.total = total

    @checked
    def share(self, n: int) -> int:
        return self.total // n


b = Box(10)
print(b.share(3))
try:
    b.share(-1)
except ValueError as e:
    print("caught", e)
print(b.share(0))
