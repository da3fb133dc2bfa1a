# Optional fields narrowed through a local, as mypy narrows member
# expressions: `is None` / `is not None` tests, truthiness, early return, and
# assignment of the narrowed value to a local.
from typing import Optional


class TreeNode:
    def __init__(self, key: int) -> None:
        self.key = key
        self.left: Optional[TreeNode] = None
        self.right: Optional[TreeNode] = None
        self.count: Optional[int] = None


class BST:
    def __init__(self) -> None:
        self.root: Optional[TreeNode] = None
        self.size = 0

    def insert(self, key: int) -> None:
        self.size += 1
        if self.root is None:
            self.root = TreeNode(key)
            return
        node = self.root
        while True:
            if key < node.key:
                if node.left is None:
                    node.left = TreeNode(key)
                    return
                node = node.left
            else:
                if node.right is None:
                    node.right = TreeNode(key)
                    return
                node = node.right

    def min_key(self) -> int:
        if not self.root:
            return -1
        node = self.root
        while node.left is not None:
            node = node.left
        return node.key

    def root_key(self) -> Optional[int]:
        if self.root is not None and self.root.left is not None:
            return self.root.key
        return None

    def depth(self, node: Optional[TreeNode]) -> int:
        if node is None:
            return 0
        return 1 + max(self.depth(node.left), self.depth(node.right))


t = BST()
print(t.min_key(), t.root_key())
for k in [50, 30, 70, 20, 40, 60, 80, 35]:
    t.insert(k)
print(t.min_key(), t.root_key(), t.depth(t.root), t.size)


def visit(t: BST) -> None:
    r = t.root
    if r is not None:
        if r.count is None:
            r.count = 0
        r.count += 1
        if r.count is not None:
            print("count", r.count + 1)
        left = r.left
        if r.left is not None and left is not None and left.right is not None:
            print("left.right", r.left.key, left.right.key)
        if r.right:
            print("right", r.right.key)
        r.count = None
        print(r.count)


visit(t)
visit(BST())
