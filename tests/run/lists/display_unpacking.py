# * and ** unpacking in list, tuple, set and dict displays.
from collections import Counter

xs = [3, 1, 2]
t = (7, 8)
print([*xs, 4], [0, *xs, *t, 9], [*range(3)], [*"ab"], [*xs])
print((*xs, 5), {*xs, 1, 10}, {*t})
d = {"a": 1, "b": 2}
e = {"b": 20, "c": 30}
print({**d, "z": 0}, {**d, **e}, {"b": -1, **d}, {**e, "b": 5, **d})
c = Counter("aab")
merged = {**c, "z": 9}
print(merged)
first, *rest = [*xs, 4]
print(first, rest)


def log(x: int) -> int:
    print("eval", x)
    return x


print([log(1), *[log(2), log(3)], log(4)])
