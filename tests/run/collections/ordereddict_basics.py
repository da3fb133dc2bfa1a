# OrderedDict typed by annotation: insertion order, move_to_end both ways,
# popitem from either end, repr of empty/nested ones, copy keeps the
# flavor, dict() of one is a plain dict, reversed() walks it backwards.
from collections import OrderedDict


def main() -> None:
    od: OrderedDict[str, int] = OrderedDict()
    print(od, repr(od), len(od))
    od["b"] = 2
    od["a"] = 1
    od["c"] = 3
    print(od)
    od["b"] = 20
    print(od, od["b"], od.get("z", -1), "a" in od)
    od.move_to_end("b")
    print(list(od), od)
    od.move_to_end("c", last=False)
    print(list(od.keys()), list(od.values()), list(od.items()))
    od.move_to_end("c", False)
    od.move_to_end("c", True)
    print(od)
    print(od.popitem(), od)
    print(od.popitem(last=False), od)
    print(od.popitem(False), od)
    od["x"] = 9
    del od["x"]
    print(od, len(od))
    for k, v in OrderedDict([("p", 1), ("q", 2)]).items():
        print(k, v)
    p = OrderedDict([(1, [1, 2]), (2, [3])])
    print(p, f"{p}", str(p))
    nested: OrderedDict[str, OrderedDict[str, int]] = OrderedDict()
    nested["in"] = OrderedDict([("z", 0)])
    nested["empty"] = OrderedDict()
    print(nested)
    d = {"y": 1, "x": 2}
    q = OrderedDict(d)
    print(q, dict(q), q.copy())
    for k in reversed(q):
        print("rev", k)
    print(list(reversed(q)))


main()
