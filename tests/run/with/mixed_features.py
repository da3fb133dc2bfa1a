# with, walrus and del together: suppression inside a loop, deleting a walrus
# target, del in one iteration seen by the next.
def g() -> None:
    x = [1]
    while (y := len(x)) < 3:
        x.append(y)
        del y
    print(x, y)


def h(items: list[str]) -> None:
    for s in items:
        if (n := len(s)) > 2:
            del n
        try:
            print(s, n)
        except UnboundLocalError as e:
            print(s, "->", e)


class M:
    def __init__(self, tag: str) -> None:
        self.tag = tag

    def __enter__(self) -> str:
        return self.tag.upper()

    def __exit__(self, t: object, e: object, tb: object) -> bool:
        return e is not None and isinstance(e, KeyError)


def w(keys: list[str]) -> int:
    d = {"a": 1}
    total = 0
    for k in keys:
        with M(k) as up:
            total += d[k]
            print("got", up)
    return total


g()
h(["ab", "abcd", "x"])
print(w(["a", "zz", "a"]))
