# Optional[T] / T | None for class types: is None / is not None narrowing,
# early returns, `and`/`or` conditions, assert, truthiness, loops over a
# linked list, optional fields and parameters, None printed.
from __future__ import annotations

from typing import Optional


class Node:
    def __init__(self, value: int, next: Optional[Node]) -> None:
        self.value = value
        self.next = next

    def __repr__(self) -> str:
        return f"Node({self.value})"


def length(head: Node | None) -> int:
    n = 0
    node = head
    while node is not None:
        n += 1
        node = node.next
    return n


def last_value(head: Node | None) -> int:
    if head is None:
        return -1
    node = head
    while node.next is not None:
        nxt = node.next
        assert nxt is not None
        node = nxt
    return node.value


def second(head: "Node | None") -> Node | None:
    if head is not None and head.next is not None:
        return head.next
    return None


def describe(a: Node | None, b: Node | None) -> str:
    if a is None or b is None:
        return "missing"
    return f"{a.value}+{b.value}={a.value + b.value}"


def first_truthy(a: Node | None, b: Node | None) -> int:
    if a:
        return a.value
    if not b:
        return 0
    return b.value


def main() -> None:
    empty: Node | None = None
    print(length(empty), last_value(empty), second(empty), describe(empty, None))
    chain = Node(1, Node(2, Node(3, None)))
    print(length(chain), last_value(chain), second(chain), describe(chain, chain.next))
    print(chain.next, chain.next is None, chain.next is not None)
    tail = chain.next
    if tail is not None:
        print(tail.value, tail.next)
    print(first_truthy(None, None), first_truthy(None, chain), first_truthy(Node(9, None), chain))
    # Reassigning to None and back.
    cur: Node | None = chain
    steps = 0
    while cur:
        steps += cur.value
        cur = cur.next
    print(steps, cur)
    cur = Node(42, None)
    print(cur.value)
    value = cur.value if cur is not None else 0
    print(value)
    nodes: list[Node | None] = [chain, None, Node(7, None)]
    print(len(nodes), nodes[1])
    print([length(n) for n in nodes])
    print(str(empty), repr(empty), f"{empty} {chain}")


main()
