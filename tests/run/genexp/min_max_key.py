# min()/max() of a generator expression with key= (and default=): each
# element is computed, then its key, before the next element, as in CPython.


class Item:
    def __init__(self, name: str, weight: int) -> None:
        self.name = name
        self.weight = weight


def noisy(x: int) -> int:
    print("  element", x)
    return x


def key_of(x: int) -> int:
    print("  key", x)
    return (x - 3) * (x - 3)


def order() -> None:
    print("min:", min((noisy(x) for x in [5, 1, 3, 4]), key=key_of))
    print("max:", max((noisy(x) for x in [5, 1, 3, 4] if x != 1), key=lambda v: key_of(v)))


def ties() -> None:
    words = ["bb", "a", "cc", "d", "eee"]
    print(min((w for w in words), key=lambda w: len(w)), max((w for w in words), key=lambda w: len(w)))
    print(max((w for w in words if len(w) == 2), key=lambda w: 0))


def instances() -> None:
    items = [Item("x", 3), Item("y", 9), Item("z", 1)]
    heaviest = max((it for it in items if it.weight < 5), key=lambda it: it.weight)
    print(heaviest.name)
    print(min((it.name for it in items), key=lambda n: -ord(n)))


def with_default() -> None:
    xs: list[int] = []
    empty_strs: list[str] = []
    print(min((x for x in xs), key=lambda v: abs(v), default=-1))
    print(max((x * 2 for x in [3, -7, 5]), key=lambda v: abs(v), default=0))
    print(min([4, -2, 3], key=lambda v: abs(v), default=100), max(empty_strs, key=lambda s: len(s), default="none"))
    fallback = "empty"
    print(max((w for w in ["a", "b"] if w > "z"), key=lambda s: s, default=fallback))


def float_keys() -> None:
    pts = [(1.0, 2.0), (-0.5, 0.25), (3.0, -1.0)]
    print(min((p for p in pts), key=lambda p: p[0] * p[0] + p[1] * p[1]))
    print(max((p[1] for p in pts), key=lambda y: -y))


order()
ties()
instances()
with_default()
float_keys()


def neg(x: int) -> int:
    return -x


def named_keys() -> None:
    words = ["ccc", "a", "bb"]
    print(min((w for w in words), key=len), max((w for w in words if w), key=len, default="-"))
    print(max((w for w in words if w == "z"), key=str.lower, default="none"))
    print(min((x for x in [3, 1, 2]), key=neg))


named_keys()
print(min((x for x in range(0)), key=lambda x: x))
