# Unbounded recursion through methods raises RecursionError (not a crash),
# and a bounded deep recursion works.
from __future__ import annotations


class Chain:
    def __init__(self, depth: int) -> None:
        self.depth = depth

    def count(self, n: int) -> int:
        if n == 0:
            return 0
        return 1 + self.count(n - 1)

    def forever(self, n: int) -> int:
        return self.forever(n + 1) + 1


c = Chain(3)
print(c.count(900))
print(c.forever(0))
