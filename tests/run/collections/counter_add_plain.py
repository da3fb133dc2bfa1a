from collections import Counter

c = Counter("ab")
d: dict[str, int] = {"a": 1}
print(c | d)
print(c + d)
