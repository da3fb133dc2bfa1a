# The exceptions of OrderedDict's methods, and of calling them on dicts of
# other flavors (statically all dicts), with CPython's messages.
from collections import Counter, OrderedDict, defaultdict


def main() -> None:
    od: OrderedDict[str, int] = OrderedDict()
    try:
        od.popitem()
    except KeyError as e:
        print("popitem", e)
    try:
        od.popitem(last=False)
    except KeyError as e:
        print("popitem first", e)
    try:
        od.move_to_end("x")
    except KeyError as e:
        print("move_to_end", e)
    nums = OrderedDict([(1, "a")])
    try:
        nums.move_to_end(-3, last=False)
    except KeyError as e:
        print("move_to_end int", e)
    plain: dict[str, int] = {"a": 1}
    try:
        plain.move_to_end("a")
    except AttributeError as e:
        print(e)
    try:
        plain.popitem(last=False)
    except TypeError as e:
        print(e)
    try:
        plain.popitem(True)
    except TypeError as e:
        print(e)
    empty: dict[str, int] = {}
    try:
        empty.popitem()
    except KeyError as e:
        print("plain popitem", e)
    dd: defaultdict[str, int] = defaultdict(int)
    try:
        dd.move_to_end("a")
    except AttributeError as e:
        print(e)
    c: Counter[str] = Counter("abca")
    try:
        c.move_to_end("a")
    except AttributeError as e:
        print(e)
    try:
        c.popitem(last=True)
    except TypeError as e:
        print(e)
    print(plain, dd, c)
    od["k"] = 1
    print(od["k"])
    print(od["missing"])


main()
