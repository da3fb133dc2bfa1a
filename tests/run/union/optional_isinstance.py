# isinstance narrows optionals and nullable unions too: the else branch
# keeps None (and the members that did not pass).
class Node:
    def __init__(self, v: int) -> None:
        self.v = v


def f(x: Node | None, y: int | str | None, z: int | None) -> str:
    out = ""
    if isinstance(x, Node):
        out += str(x.v)
    else:
        w = x
        out += str(w)
    if isinstance(y, (int, str)):
        out += " " + str(y)
    else:
        out += " none " + str(y)
    if isinstance(z, int):
        out += " " + str(z + 1)
    else:
        out += " " + str(z)
    return out


print(f(Node(1), 2, 3), f(None, None, None), f(None, "s", None))
