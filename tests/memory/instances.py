# Builds and drops millions of class instances: trees with optional children,
# list fields, str fields, subclass instances, overwritten fields. With every
# instance freed when its last reference goes (its fields released), this runs
# in constant memory (crates/taipan/tests/memory.rs runs it under a small
# address-space limit).
from __future__ import annotations


class Node:
    def __init__(self, left: Node | None, right: Node | None, tag: str) -> None:
        self.left = left
        self.right = right
        self.tag = tag
        self.items: list[int] = [len(tag)]

    def size(self) -> int:
        n = 1
        left = self.left
        right = self.right
        if left is not None:
            n += left.size()
        if right is not None:
            n += right.size()
        return n


class Leaf(Node):
    def size(self) -> int:
        return len(self.items) + len(self.tag)


def build(depth: int, i: int) -> Node:
    if depth == 0:
        return Leaf(None, None, str(i))
    return Node(build(depth - 1, i), build(depth - 1, i + 1), "n")


def churn(n: int) -> int:
    total = 0
    keep: Node | None = None
    for i in range(n):
        t = build(3, i)
        total += t.size()
        t.left = Node(None, None, "x" * (i % 7))
        total += t.size() + len(t.items)
        if i % 1000 == 0:
            keep = t
    if keep is not None:
        total += keep.size()
    return total


print(churn(300_000))
