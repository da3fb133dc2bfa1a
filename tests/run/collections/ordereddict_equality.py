# OrderedDict == OrderedDict compares the order too; against a plain dict
# (either side) it does not. copy() stays an OrderedDict, dict() does not.
from collections import Counter, OrderedDict, defaultdict


def main() -> None:
    a = OrderedDict([("a", 1), ("b", 2)])
    b = OrderedDict([("b", 2), ("a", 1)])
    d = {"b": 2, "a": 1}
    print(a == b, a != b, b == a)
    print(a == d, d == a, a != d, d != b)
    print(a == a.copy(), a.copy() == b, dict(a) == dict(b), dict(a) == b)
    b.move_to_end("b")
    print(a == b, b)
    e1: OrderedDict[int, str] = OrderedDict()
    e2: OrderedDict[int, str] = OrderedDict()
    empty: dict[int, str] = {}
    print(e1 == e2, e1 == empty, empty == e1)
    c = OrderedDict([("a", 1), ("b", 3)])
    print(a == c, c == {"a": 1, "b": 3})
    nested1 = OrderedDict([("x", OrderedDict([(1, 2), (3, 4)]))])
    nested2 = OrderedDict([("x", OrderedDict([(3, 4), (1, 2)]))])
    print(nested1 == nested2, [nested1] == [nested1.copy()])
    dd: defaultdict[str, int] = defaultdict(int)
    dd["b"] = 2
    dd["a"] = 1
    print(dd == a, a == dd)
    merged = a | {"c": 3}
    print(merged, {"z": 0} | a, a | dd)
    a |= {"z": 26}
    print(a)
    a.update({"a": 100, "n": 14})
    print(a, a.setdefault("q", 5), a.pop("b"), a)
    # Counter | OrderedDict: OrderedDict.__ror__; + has no OrderedDict form.
    c: Counter[str] = Counter("abb")
    o = OrderedDict([("b", 5), ("z", 1)])
    print(c | o, o | c, c == OrderedDict([("b", 2), ("a", 1)]))
    try:
        print(c + o)
    except TypeError as e:
        print(e)


main()
