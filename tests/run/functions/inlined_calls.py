# Small functions that cannot raise are inlined into their callers; each call
# here must behave as the call would, references included (a wrong count
# shows up as a crash, a leak under the memory tests, or a wrong value).
from __future__ import annotations


class Item:
    def __init__(self, name: str, weight: float) -> None:
        self.name = name
        self.weight = weight

    def heavier(self, other: Item) -> Item:
        if self.weight >= other.weight:
            return self
        return other

    def label(self) -> str:
        return self.name


class Box:
    def __init__(self, item: Item) -> None:
        self.item = item

    def swap(self, new: Item) -> Item:
        old = self.item
        self.item = new
        return old

    def get(self) -> Item:
        return self.item


def same(x: Item) -> Item:
    return x


def scaled(it: Item, k: float) -> Item:
    return Item(it.name + "*", it.weight * k)


def ratio(a: float, b: float) -> float:
    return a / b                       # can raise: stays a call


def count_down(n: int) -> int:
    return 0 if n <= 0 else 1 + count_down(n - 1)   # recursive: stays a call


a = Item("a", 1.0)
b = Item("b", 2.5)
print(a.heavier(b).label(), b.heavier(a).label(), a.heavier(a).label())
box = Box(a)
print(box.swap(b).label(), box.get().label())
print(box.swap(box.get()).label(), box.get().label())   # the same item swapped in
same(Item("dropped", 0.0))                              # result dropped
print(same(same(a)).label())
total = 0.0
names: list[str] = []
for i in range(5):
    it = scaled(Item("x" + str(i), float(i)), 2.0)
    total += it.weight
    names.append(it.label())
    box.swap(it)
print(total, names, box.get().label())
print(ratio(1.0, 4.0), count_down(10))
try:
    print(ratio(1.0, 0.0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
