"""Binary trees (after the Computer Language Benchmarks Game): allocate and walk
many short-lived perfect binary trees of class instances, and one long-lived tree."""

from __future__ import annotations

from typing import Final

MAX_DEPTH: Final = 17  # bench-size smoke=6
MIN_DEPTH: Final = 4


class Node:
    def __init__(self, left: Node | None, right: Node | None) -> None:
        self.left = left
        self.right = right

    def check(self) -> int:
        """The number of nodes in this tree."""
        left = self.left
        right = self.right
        if left is None or right is None:
            return 1
        return 1 + left.check() + right.check()


def make_tree(depth: int) -> Node:
    if depth == 0:
        return Node(None, None)
    return Node(make_tree(depth - 1), make_tree(depth - 1))


def main() -> None:
    max_depth = max(MIN_DEPTH + 2, MAX_DEPTH)
    stretch_depth = max_depth + 1
    print(f"stretch tree of depth {stretch_depth}\t check: {make_tree(stretch_depth).check()}")

    long_lived_tree = make_tree(max_depth)

    for depth in range(MIN_DEPTH, max_depth + 1, 2):
        iterations = 1 << (max_depth - depth + MIN_DEPTH)
        check = 0
        for _ in range(iterations):
            check += make_tree(depth).check()
        print(f"{iterations}\t trees of depth {depth}\t check: {check}")

    print(f"long lived tree of depth {max_depth}\t check: {long_lived_tree.check()}")


if __name__ == "__main__":
    main()
