from collections import Counter, OrderedDict, defaultdict
from collections.abc import Mapping, MutableMapping, MutableSequence
from typing import Iterable


def show(m: Mapping[str, int]) -> None:
    print(len(m), "a" in m, "z" not in m, m.get("a"), m.get("z", -1))
    for k in m:
        print(" ", k, m[k])
    print(sorted(m.keys()), sorted(m.values()), sorted(m.items()))
    print(m, str(m) == repr(m))


show({"a": 1, "b": 2})
show({})
show(Counter("abracadabra"))
dd: defaultdict[str, int] = defaultdict(int)
dd["b"] += 3
show(dd)
show(OrderedDict([("b", 1), ("a", 2)]))


def lookup(m: Mapping[str, int], k: str) -> int:
    return m[k]


# A defaultdict's missing key calls its factory through a Mapping too.
print(lookup(dd, "new"), sorted(dd.items()))
c = Counter(["x"])
print(lookup(c, "y"), c)
try:
    lookup({"a": 1}, "q")
except KeyError as e:
    print("KeyError", e)


def keys_total(keys: Iterable[str]) -> str:
    return "".join(sorted(keys))


print(keys_total({"b": 1, "a": 2}), keys_total(Counter("cab")))


def bump(m: MutableMapping[str, int]) -> None:
    m["n"] = m.get("n", 0) + 1


d = {"n": 1}
bump(d)
bump(d)
print(d)


def push(xs: MutableSequence[int]) -> None:
    xs.append(len(xs))


ys = [5]
push(ys)
print(ys)


def nested(m: Mapping[str, list[int]]) -> int:
    return sum(len(v) for v in m.values())


nl: defaultdict[str, list[int]] = defaultdict(list)
nl["a"].append(1)
print(nested(nl), nested({"p": [1, 2], "q": []}))
print(lookup(dd, "missing2") + 0)
