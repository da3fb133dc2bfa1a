# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""Binary trees, hand-tuned Cython: a final cdef class with C-level methods, a
free list, and no cyclic-GC tracking (a tree cannot form a cycle)."""

cimport cython

cdef int MAX_DEPTH = 17  # bench-size smoke=6
cdef int MIN_DEPTH = 4


@cython.final
@cython.no_gc
@cython.freelist(64)
cdef class Node:
    cdef Node left
    cdef Node right

    cdef long check(self):
        if self.left is None or self.right is None:
            return 1
        return 1 + self.left.check() + self.right.check()


cdef Node new_node(Node left, Node right):
    cdef Node node = Node.__new__(Node)
    node.left = left
    node.right = right
    return node


cdef Node make_tree(int depth):
    if depth == 0:
        return new_node(None, None)
    return new_node(make_tree(depth - 1), make_tree(depth - 1))


def main():
    cdef int max_depth = max(MIN_DEPTH + 2, MAX_DEPTH)
    cdef int stretch_depth = max_depth + 1
    cdef int depth
    cdef long iterations, i, check
    print(f"stretch tree of depth {stretch_depth}\t check: {make_tree(stretch_depth).check()}")

    cdef Node long_lived_tree = make_tree(max_depth)

    for depth in range(MIN_DEPTH, max_depth + 1, 2):
        iterations = 1 << (max_depth - depth + MIN_DEPTH)
        check = 0
        for i in range(iterations):
            check += make_tree(depth).check()
        print(f"{iterations}\t trees of depth {depth}\t check: {check}")

    print(f"long lived tree of depth {max_depth}\t check: {long_lived_tree.check()}")
