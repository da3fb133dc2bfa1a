# Counter + - | & (positive counts only, the left operand's keys first),
# and | merging plain dicts and defaultdicts.
from collections import Counter, defaultdict

a = Counter("abracadabra")
b = Counter("alakazam")
print(a + b)
print(a - b)
print(b - a)
print(a | b)
print(a & b)
neg: Counter[str] = Counter()
neg["x"] -= 2
neg["y"] += 3
empty: Counter[str] = Counter()
print(neg + empty, empty - neg, neg | neg, neg & a)
d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print(d1 | d2, d2 | d1, d1)
dd: defaultdict[str, int] = defaultdict(int)
dd["z"] = 9
m = dd | d1
print(m, d1 | dd)
m["new"] += 1
print(m)
sets1: dict[str, list[int]] = {"k": [1]}
print(sets1 | {"j": [2]})
