# The module-level narrowing example of docs/language.md (*Optional values*),
# without its rejected function.
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
if r is not None:
    print(r + 1)  # 2: narrowed to int
node = Node(1, Node(2, None))  # a Node; node.next is a Node | None
cur = node.next
while cur is not None:
    print(cur.value)  # narrowed to Node inside the loop
    cur = cur.next
