# Instances: construction (runtime allocation, then __init__), borrowed field
# reads, field stores that take a reference, a method call dispatched on the
# class id, and an `is None` test.
from __future__ import annotations


class Node:
    def __init__(self, value: float, next: Node | None) -> None:
        self.value = value
        self.next = next

    def weight(self) -> float:
        return self.value


class Heavy(Node):
    def weight(self) -> float:
        return self.value * 2.0


def total(n: Node) -> float:
    t = n.weight()
    nxt = n.next
    if nxt is not None:
        t += nxt.value
    return t


print(total(Node(1.0, Heavy(2.0, None))))
