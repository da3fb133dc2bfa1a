# A generic linked list: a generic class referring to itself through
# Optional["Node[T]"], narrowing of Optional[T] fields, generator methods,
# ordering methods used by sorted(), and two instantiations side by side.
from __future__ import annotations

from typing import Generic, Iterator, Optional, TypeVar

T = TypeVar("T")


class Node(Generic[T]):
    def __init__(self, value: T, next: Optional["Node[T]"] = None) -> None:
        self.value = value
        self.next = next


class LinkedList(Generic[T]):
    def __init__(self) -> None:
        self.head: Optional[Node[T]] = None
        self.size = 0

    def push(self, value: T) -> None:
        self.head = Node(value, self.head)
        self.size += 1

    def first(self) -> Optional[T]:
        if self.head is None:
            return None
        return self.head.value

    def __iter__(self) -> Iterator[T]:
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __len__(self) -> int:
        return self.size


class Ranked(Generic[T]):
    def __init__(self, rank: int, item: T) -> None:
        self.rank = rank
        self.item = item

    def __lt__(self, other: Ranked[T]) -> bool:
        return self.rank < other.rank

    def __repr__(self) -> str:
        return f"Ranked({self.rank}, {self.item!r})"


ints: LinkedList[int] = LinkedList()
print(ints.first(), len(ints), list(ints))
for i in range(4):
    ints.push(i * i)
print(ints.first(), len(ints), list(ints), sum(ints))
words: LinkedList[str] = LinkedList()
words.push("b")
words.push("a")
print(",".join(words), [w.upper() for w in words])
nested: LinkedList[LinkedList[int]] = LinkedList()
nested.push(ints)
nested.push(LinkedList[int]())
print([len(x) for x in nested])
ranked = [Ranked(3, "c"), Ranked(1, "a"), Ranked(2, "b")]
print(sorted(ranked), min(ranked), max([Ranked(0, 0.5), Ranked(9, -1.0)]))
print(Ranked(1, "x") < Ranked(2, "y"))
