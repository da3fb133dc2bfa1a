# defaultdict: d[k] inserts the factory's value (get/in do not), every dict
# operation works on it, and its repr names the factory.
from collections import defaultdict
import collections

counts: defaultdict[str, int] = defaultdict(int)
for w in "the cat and the hat and the bat".split():
    counts[w] += 1
print(counts)
print(counts["the"], counts["dog"], len(counts), "dog" in counts, counts.get("emu"), "emu" in counts)
print(counts.get("emu", -1), sorted(counts.items()), list(counts.keys()))

groups: defaultdict[int, list[str]] = defaultdict(list)
for w in ["apple", "fig", "kiwi", "plum", "banana", "pear", "date"]:
    groups[len(w)].append(w)
print(groups)
for k in sorted(groups):
    print(k, groups[k])
print(dict(groups), groups == dict(groups))

sets: defaultdict[str, set[int]] = defaultdict(set)
sets["a"].add(1)
sets["a"].add(1)
sets["b"].add(2)
print(sets, len(sets["c"]), sets)

fl: defaultdict[str, float] = collections.defaultdict(float)
fl["x"] += 1.5
print(fl, fl["y"])

strs: defaultdict[int, str] = defaultdict(str)
strs[1] += "a"
strs[1] += "b"
print(strs, repr(strs[2]))

nested: defaultdict[str, dict[str, int]] = defaultdict(dict)
nested["a"]["b"] = 1
print(nested)

flags: defaultdict[int, bool] = defaultdict(bool)
print(flags[3], flags)

empty: defaultdict[str, list[int]] = defaultdict(list)
print(empty, [empty])
c = counts.copy()
c["new"] += 1
print(c, counts == c)
del counts["the"]
print(counts.pop("cat"), counts)
counts.clear()
print(counts)


def tally(d: dict[str, int], word: str) -> None:
    d[word] += 1


t: defaultdict[str, int] = defaultdict(int)
tally(t, "x")
tally(t, "x")
print(t)
