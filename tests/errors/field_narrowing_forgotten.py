# A narrowed optional field is forgotten where it could change.
from typing import Optional


class Node:
    def __init__(self) -> None:
        self.next: Optional[Node] = None
        self.key = 0


def reset(n: Node) -> None:
    n.next = None


def use(n: Node) -> int:
    if n.next is not None:
        reset(n)
        return n.next.key  # error: may be None here
    return 0


def assign(n: Node, m: Node) -> int:
    if n.next is not None:
        m.next = None
        return n.next.key  # error: may be None here
    return 0
