# Rejected: optional module globals used where a value is needed without a
# None test in the module body, and inside functions, which see the global
# at call time and never narrow it (copy it to a local first).


class Node:
    def __init__(self, value: int, next: "Node | None") -> None:
        self.value = value
        self.next = next


def find(xs: list[int], t: int) -> int | None:
    for i, x in enumerate(xs):
        if x == t:
            return i
    return None


r = find([1, 2, 3], 2)
head: Node | None = Node(1, None)
name: str | None = "n"


def use_r() -> None:
    print(r + 1)  # error: unsupported operand types for +: 'int | None' and 'int': the 'int | None' operand may be None here


def use_head() -> int:
    return head.value  # error: may be None here (Node | None), so it has no attribute 'value'


if r is not None:
    use_r()
    print(r + 1)
print(r + 1)  # error: the 'int | None' operand may be None here

if r:
    print(r * 2)
else:
    print(r * 2)  # error: the 'int | None' operand may be None here

# A loop body assigning the global: not narrowed at the loop head.
if head is not None:
    while head.value < 3:  # error: may be None here (Node | None), so it has no attribute 'value'
        head = head.next  # error: may be None here (Node | None), so it has no attribute 'next'

# `try` forgets the narrowing of what it assigns.
if name is not None:
    try:
        name = None if len(name) > 3 else name
    except ValueError:
        pass
    print(name.upper())  # error: may be None here (str | None), so it has no attribute 'upper'

# An except clause may start anywhere in the try body: a global the body
# assigns is not narrowed there; nor in `finally`.
count: int | None = 1
if count is not None:
    try:
        count = None
        count = int("x")
    except ValueError:
        print(count + 1)  # error: the 'int | None' operand may be None here
    finally:
        print(count + 2)  # error: the 'int | None' operand may be None here

# After the branch that assigns None, the join is optional again.
if r is not None:
    r = None
print(r - 1)  # error: the 'int | None' operand may be None here

print(use_head())
