# sorted/sort/min/max over instances call __lt__ (or the reflected __gt__,
# and __gt__ for max), dataclass(order=True) included; the sort is stable;
# an exception raised in __lt__ propagates out of the sort.
from dataclasses import dataclass


class Version:
    def __init__(self, major: int, minor: int, label: str) -> None:
        self.major = major
        self.minor = minor
        self.label = label

    def __lt__(self, other: "Version") -> bool:
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self) -> str:
        return f"{self.major}.{self.minor}{self.label}"


class OnlyGt:
    def __init__(self, v: int) -> None:
        self.v = v

    def __gt__(self, other: "OnlyGt") -> bool:
        return self.v > other.v

    def __repr__(self) -> str:
        return f"G{self.v}"


@dataclass(order=True)
class Card:
    rank: int
    suit: str


class Fragile:
    def __init__(self, v: int) -> None:
        self.v = v

    def __lt__(self, other: "Fragile") -> bool:
        if self.v == 13 or other.v == 13:
            raise RuntimeError("unlucky comparison")
        return self.v < other.v

    def __repr__(self) -> str:
        return f"F{self.v}"


class Task:
    def __init__(self, name: str, due: Version) -> None:
        self.name = name
        self.due = due


vs = [Version(3, 1, "a"), Version(1, 0, "b"), Version(3, 1, "c"), Version(2, 7, "d"), Version(1, 0, "e")]
print(sorted(vs))
print(sorted(vs, reverse=True))
vs.sort()
print(vs)
print(min(vs), max(vs))
print(min(vs[2:]), max(vs[:2]))
many = [Version(i % 4, i % 3, str(i)) for i in range(40)]
print(sorted(many))
print(sorted(many, reverse=True)[:6])
gs = [OnlyGt(5), OnlyGt(-1), OnlyGt(7), OnlyGt(5)]
print(sorted(gs), min(gs), max(gs))
cards = [Card(10, "h"), Card(2, "s"), Card(10, "c"), Card(2, "d")]
cards.sort()
print(cards)
print(max(cards), min(cards))
cards.sort(reverse=True)
print(cards)
tasks = [Task("write", Version(2, 0, "")), Task("test", Version(1, 5, "")), Task("ship", Version(2, 0, "!"))]
by_due = sorted(tasks, key=lambda t: t.due)
print([t.name for t in by_due])
print(max(tasks, key=lambda t: t.due).name, min(tasks, key=lambda t: t.due).name)
print(sorted([[Version(1, 1, "x")], [Version(0, 9, "y"), Version(0, 1, "z")], []]))
print(sorted([(Version(1, 0, "p"), 2), (Version(1, 0, "q"), 1)]))
empty: list[Version] = []
print(sorted(empty))
try:
    print(min(empty))
except ValueError as e:
    print("ValueError:", e)
fs = [Fragile(3), Fragile(13), Fragile(1)]
try:
    fs.sort()
    print("not reached")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    print(max([Fragile(13), Fragile(2)]))
except RuntimeError as e:
    print("max:", e)
print(sorted([Fragile(5), Fragile(2)]))
