# __iter__ annotated -> Iterator[T] returning an iterator object (not a
# generator, not a field delegate); `in` prefers __contains__ over iteration.
from __future__ import annotations
from typing import Iterator


class Inventory:
    def __init__(self) -> None:
        self.items: dict[str, int] = {}
        self.calls = 0

    def add(self, name: str, n: int = 1) -> Inventory:
        self.items[name] = self.items.get(name, 0) + n
        return self

    def __contains__(self, name: str) -> bool:
        return self.items.get(name, 0) > 0

    def __iter__(self) -> Iterator[str]:
        self.calls += 1
        return iter(sorted(self.items))


class Tree:
    def __init__(self, value: int, kids: list[Tree]) -> None:
        self.value = value
        self.kids = kids

    def _walk(self) -> Iterator[int]:
        yield self.value
        for k in self.kids:
            yield from k._walk()

    def __iter__(self) -> Iterator[int]:
        return self._walk()


class Bag:
    """Delegates iteration to a field, but counts membership differently."""

    def __init__(self) -> None:
        self.things = ["a", "b", "gone"]

    def __iter__(self) -> Iterator[str]:
        return iter(self.things)

    def __contains__(self, x: str) -> bool:
        return x != "gone" and x in self.things


inv = Inventory().add("pear").add("apple", 2).add("fig", 0)
print(list(inv), inv.calls, "fig" in inv, "apple" in inv, "kiwi" not in inv, inv.calls)
for name in inv:
    print(name, inv.items[name])
print(sorted(inv, reverse=True), [n.upper() for n in inv], inv.calls)
t = Tree(1, [Tree(2, [Tree(4, [])]), Tree(3, [])])
print(list(t), sum(t), max(t))
b = Bag()
print(list(b), "gone" in b, "a" in b, "z" in b)
