# Dataclasses holding optional instances of themselves: the generated __repr__
# prints None, and == between optional dataclass values is CPython's (None
# equals only None; two instances compare field by field).
from __future__ import annotations
from dataclasses import dataclass
from typing import Optional


@dataclass
class Node:
    value: int
    next: Optional[Node]


@dataclass
class Tree:
    key: str
    left: Tree | None
    right: Tree | None


def build(values: list[int]) -> Node | None:
    head: Node | None = None
    for v in reversed(values):
        head = Node(v, head)
    return head


def same(a: Node | None, b: Node | None) -> bool:
    return a == b


n = Node(1, Node(2, None))
m = Node(1, Node(2, None))
print(n)
print(n == m, n.next == n.next, n.next == m.next, n.next != m.next, n.next == n)
print(n == Node(1, None), Node(1, None) == Node(1, None), Node(1, None) != Node(1, Node(3, None)))
print(same(build([1, 2, 3]), build([1, 2, 3])), same(build([1, 2]), build([1, 2, 3])))
print(same(build([]), build([])), same(None, build([5])), same(build([5]), None))
print(build([4, 5]))
t = Tree("m", Tree("a", None, None), Tree("z", None, Tree("zz", None, None)))
print(t)
print(t == Tree("m", Tree("a", None, None), Tree("z", None, Tree("zz", None, None))))
print(t == Tree("m", Tree("a", None, None), Tree("z", None, None)))
