# functools.total_ordering: the missing comparisons derived from the root.
from __future__ import annotations
import functools
from functools import total_ordering


@total_ordering
class Version:
    def __init__(self, s: str) -> None:
        self.parts = tuple(int(p) for p in s.split("."))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Version) and self.parts == other.parts

    def __lt__(self, other: Version) -> bool:
        return self.parts < other.parts

    def __repr__(self) -> str:
        return "v" + ".".join(str(p) for p in self.parts)


@functools.total_ordering
class Card:
    order = "23456789TJQKA"

    def __init__(self, rank: str, suit: str) -> None:
        self.rank = rank
        self.suit = suit

    def __ge__(self, other: "Card") -> bool:
        print(f"  {self.rank}{self.suit} >= {other.rank}{other.suit}")
        return Card.order.index(self.rank) >= Card.order.index(other.rank)

    def __repr__(self) -> str:
        return self.rank + self.suit


a, b, c = Version("1.2.0"), Version("1.10"), Version("1.2.0")
print(a < b, a <= b, a > b, a >= b, a <= c, a >= c, a > c)
print(sorted([b, a, Version("0.9")]), max([a, b]), min([b, a]))
k, q = Card("K", "s"), Card("Q", "h")
print(k > q)
print(k < q)
print(k <= Card("K", "d"))
