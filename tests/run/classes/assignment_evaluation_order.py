# In `target = value`, CPython evaluates the value before the target's
# object and index.


class Box:
    def __init__(self) -> None:
        self.x = 0
        self.items = [0, 0]


box = Box()


def get() -> Box:
    print("object")
    return box


def val(n: int) -> int:
    print("value", n)
    return n


def index() -> int:
    print("index")
    return 1


get().x = val(1)
get().items[index()] = val(2)
d: dict[str, int] = {}
d[str(index())] = val(3)
print(box.x, box.items, d)
