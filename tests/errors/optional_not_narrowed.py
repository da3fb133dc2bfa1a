# Rejected: an optional used where a value is needed, without a None test.
from typing import Optional


class Node:
    def __init__(self, value: int, next: Optional["Node"]) -> None:
        self.value = value
        self.next = next


def second_value(n: Node) -> int:
    return n.next.value  # error: may be None here (Node | None), so it has no attribute 'value'


def take(n: Node) -> int:
    return n.value


def pass_on(n: Node | None) -> int:
    return take(n)  # error: expected Node, found Node | None: the value may be None here


def after_loop(n: Node | None) -> int:
    while n is not None:
        n = n.next
    return n.value  # error: may be None here


print(second_value(Node(1, None)), pass_on(None), after_loop(None))
