# typing.OrderedDict is collections.OrderedDict; last= takes any value by
# its truth; OrderedDicts as fields, parameters, return values and values
# of other containers; one passed as a dict keeps its methods.
from typing import OrderedDict


def registry(names: list[str]) -> OrderedDict[str, int]:
    out: OrderedDict[str, int] = OrderedDict()
    for i, n in enumerate(names):
        out[n] = i
    return out


def first_key(od: OrderedDict[str, int]) -> str:
    for k in od:
        return k
    return ""


def rotate(d: dict[str, int]) -> None:
    # Statically a dict: the OrderedDict methods work on the object passed.
    d.move_to_end(list(d)[0])
    print(d, {**d}, {k: v for k, v in d.items()}, d.popitem(last=False))


class Registry:
    def __init__(self) -> None:
        self.items: OrderedDict[str, list[int]] = OrderedDict()

    def add(self, name: str, value: int) -> None:
        self.items.setdefault(name, []).append(value)
        self.items.move_to_end(name, last=False)


def main() -> None:
    r = registry(["x", "y", "z", "w"])
    flag = ""
    r.move_to_end("x", last=flag)
    count = 0
    r.move_to_end("w", count)
    r.move_to_end("y", [1])
    print(r, first_key(r))
    for k, v in r.items():
        print(k, v)
    print(r.popitem(len(r) > 10), r.popitem(last=0.0), r)
    reg = Registry()
    reg.add("a", 1)
    reg.add("b", 2)
    reg.add("a", 3)
    print(reg.items)
    table: dict[str, OrderedDict[int, str]] = {"t": OrderedDict([(2, "two"), (1, "one")])}
    print(table, [OrderedDict([(0, "zero")])], (OrderedDict([(9, "nine")]), 1))
    sizes = [len(o) for o in table.values()]
    print(sizes, sorted(r), max(r), sum(r.values()))
    rotate(OrderedDict([("p", 1), ("q", 2), ("s", 3)]))


main()
