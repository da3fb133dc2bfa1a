# A linked stack: optional fields assigned and read back, counters in fields,
# pops narrowing a local copy of a field, self-assignment of fields and locals.
from __future__ import annotations


class Node:
    def __init__(self, v: int) -> None:
        self.v = v
        self.next: Node | None = None


class Stack:
    def __init__(self) -> None:
        self.top: Node | None = None
        self.size = 0

    def push(self, v: int) -> None:
        n = Node(v)
        n.next = self.top
        self.top = n
        self.size += 1

    def pop(self) -> int:
        top = self.top
        if top is None:
            return -1
        self.top = top.next
        self.size -= 1
        return top.v


def main() -> None:
    s = Stack()
    for i in range(5):
        s.push(i * i)
    out: list[int] = []
    while s.size > 0:
        out.append(s.pop())
    print(out, s.pop(), s.top is None)
    # A cycle-free self reference swap.
    a = Node(1)
    b = Node(2)
    a.next = b
    b.next = None
    a.next = a.next
    nxt = a.next
    print(nxt.v if nxt is not None else 0)
    x = a
    x = x
    print(x.v)


main()
