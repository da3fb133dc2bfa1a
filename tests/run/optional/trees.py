# A binary search tree with optional children: insertion, search, in-order
# traversal, height, recursion through methods and functions.
from __future__ import annotations


class Tree:
    def __init__(self, key: int) -> None:
        self.key = key
        self.left: Tree | None = None
        self.right: Tree | None = None
        self.count = 1

    def insert(self, key: int) -> None:
        if key == self.key:
            self.count += 1
        elif key < self.key:
            # Narrowing applies to local variables (not to `self.left`).
            left = self.left
            if left is None:
                self.left = Tree(key)
            else:
                left.insert(key)
        else:
            right = self.right
            if right is None:
                self.right = Tree(key)
                return
            right.insert(key)

    def contains(self, key: int) -> bool:
        node: Tree | None = self
        while node is not None:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False


def height(t: Tree | None) -> int:
    if t is None:
        return 0
    return 1 + max(height(t.left), height(t.right))


def in_order(t: Tree | None, out: list[int]) -> None:
    if t is None:
        return
    in_order(t.left, out)
    for _ in range(t.count):
        out.append(t.key)
    in_order(t.right, out)


def main() -> None:
    root = Tree(50)
    x = 17
    for _ in range(200):
        x = (x * 73 + 11) % 101
        root.insert(x)
    keys: list[int] = []
    in_order(root, keys)
    print(len(keys), keys[:10], keys[-5:])
    print(height(root), root.contains(50), root.contains(99), root.contains(-1))
    print(root.left is not None, root.right is None)


main()
