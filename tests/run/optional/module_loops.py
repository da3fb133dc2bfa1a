# Narrowing of optional module globals across loops and try statements: a
# loop forgets the narrowing of what its body assigns (the test at the head
# narrows again), `try` forgets every narrowing; a global reassigned inside
# its narrowed branch.


class Node:
    def __init__(self, value: int, next: "Node | None") -> None:
        self.value = value
        self.next = next


def build(n: int) -> Node | None:
    head: Node | None = None
    for i in range(n):
        head = Node(i * i, head)
    return head


# Walking a linked list at module level.
node = build(5)
total = 0
while node is not None:
    print("value", node.value)
    total += node.value
    node = node.next
print("total", total, node is None)

# The same walk, stopping early with break; a `for` loop reassigning.
cur = build(4)
while cur is not None:
    if cur.value < 2:
        break
    cur = cur.next
if cur is not None:
    print("stopped at", cur.value, cur.next is None)

empty = build(0)
while empty is not None:
    print("never", empty.value)
    empty = empty.next
print("empty", empty is None)

# `while True` with the None test inside.
walker = build(3)
steps = 0
while True:
    if walker is None:
        break
    steps += walker.value + 1
    walker = walker.next
print("steps", steps)

# A global reassigned inside its narrowed branch.
best: int | None = None
for x in [5, 3, 8, 1]:
    if best is None or x < best:
        best = x
if best is not None:
    print("best", best + 0)
    best = best * 2
    print("doubled", best + 1)
    best = None
    print("now", best)
print("after", best)

# Narrowed before a loop whose body does not assign it: stays narrowed.
limit: int | None = None
limit = len([1, 2, 3])
if limit is not None:
    for i in range(3):
        print("under limit", i < limit, limit - i)
    k = 0
    while k < limit:
        k += 1
    print("k", k)

# A loop body assigning the global: the narrowing ends at the loop head.
countdown: int | None = 3
while countdown is not None:
    print("countdown", countdown * 10)
    if countdown == 0:
        countdown = None
    else:
        countdown = countdown - 1
print("countdown done", countdown)

# Narrowed in a `for` loop's body, assigned there, then tested again.
seen: int | None = None
for value in [4, 0, 7]:
    if seen is not None:
        print("previous", seen + value)
    seen = value
    print("seen", seen * 2)
print("last seen", seen)

# try forgets everything, and the handler narrows on its own.
maybe: str | None = None
maybe = "text"
try:
    maybe = "changed"
    print("in try", maybe.upper())
except ValueError:
    maybe = None
if maybe is not None:
    print("after try", maybe.title())

# In an except clause: narrowed as before the try when the body does not
# assign the global; the else clause follows the body.
size: int | None = None
size = len("abc")
extra: int | None = None
try:
    extra = int("12")
    print("parsed", extra + size)
    int("not a number")
except ValueError:
    print("handler", size + 1, extra)
else:
    print("else", extra + 1)
try:
    extra = int("5")
except ValueError:
    print("never", size)
else:
    print("else after parse", extra * 3, size)
