# __iter__ returning a builtin iterator over a field: `for`, comprehensions,
# list()/sum()/sorted()/min()/max()/enumerate()/zip()/str.join over instances,
# including empty containers, changes during iteration, and subclasses.
from typing import Iterator


class Bag:
    def __init__(self) -> None:
        self.items: list[int] = []

    def add(self, x: int) -> "Bag":
        self.items.append(x)
        return self

    def __iter__(self) -> Iterator[int]:
        """Iterates the items in insertion order."""
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


class SortedBag(Bag):
    def add(self, x: int) -> "Bag":
        super().add(x)
        self.items.sort()
        return self


class Inventory:
    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    def put(self, name: str, n: int) -> None:
        self.counts[name] = self.counts.get(name, 0) + n

    def __iter__(self) -> Iterator[str]:
        return iter(self.counts)


class Pairs:
    def __init__(self, d: dict[str, float]) -> None:
        self.d = d

    def __iter__(self) -> Iterator[tuple[str, float]]:
        return iter(self.d.items())


class Word:
    def __init__(self, text: str) -> None:
        self.text = text

    def __iter__(self) -> Iterator[str]:
        return iter(self.text)


b = Bag().add(3).add(1).add(2)
for x in b:
    print(x, end=" ")
print()
print(list(b), sum(b), sorted(b), min(b), max(b), len(b), [x * x for x in b if x != 1])
print(list(enumerate(b)), list(zip(b, "abc")), tuple(b), set(b) == {1, 2, 3})
s = SortedBag().add(5).add(-1).add(3)
bags: list[Bag] = [b, s, Bag()]
for bag in bags:
    print(list(bag), sum(bag), any(x < 0 for x in bag))
empty = Bag()
print(list(empty), sum(empty), max(empty, default=-1), [x for x in empty])
# The iterator walks the live list, as CPython's list iterator does.
grow = Bag().add(1)
for x in grow:
    if x < 4:
        grow.add(x + 1)
print(grow.items)
inv = Inventory()
inv.put("apple", 2)
inv.put("pear", 1)
inv.put("apple", 5)
print(list(inv), sorted(inv, key=lambda k: -inv.counts[k]), ",".join(inv))
print({name: inv.counts[name] for name in inv})
p = Pairs({"x": 1.5, "y": -2.0})
for k, v in p:
    print(k, v)
print(dict(p), [k for k, _ in p])
print(list(Word("héllo")), "-".join(Word("abc")))
try:
    for name in inv:
        inv.put(name + "!", 1)
except RuntimeError as e:
    print("RuntimeError:", e)
