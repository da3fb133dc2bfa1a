# Rejected: calls that bind keyword-only parameters wrongly, with CPython's TypeError messages.
def connect(host: str, *, timeout: float = 1.0, retries: int = 3) -> None:
    print(host, timeout, retries)


def lookup(*, key: str) -> int:
    return len(key)


class Box:
    def __init__(self, *, size: int) -> None:
        self.size = size

    def grow(self, by: int, *, times: int) -> None:
        self.size += by * times


connect("a", 2.0)  # error: connect() takes 1 positional argument but 2 were given
connect("a", 2.0, 3, retries=1, timeout=2)  # error: connect() takes 1 positional argument but 3 positional arguments (and 2 keyword-only arguments) were given
print(lookup())  # error: lookup() missing 1 required keyword-only argument: 'key'
print(lookup("k"))  # error: lookup() takes 0 positional arguments but 1 was given
b = Box()  # error: Box.__init__() missing 1 required keyword-only argument: 'size'
b2 = Box(3)  # error: Box.__init__() takes 1 positional argument but 2 were given
Box(size=1).grow(1)  # error: Box.grow() missing 1 required keyword-only argument: 'times'
Box(size=1).grow(1, 2)  # error: Box.grow() takes 2 positional arguments but 3 were given
