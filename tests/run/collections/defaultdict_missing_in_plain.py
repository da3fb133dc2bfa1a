# A plain dict still raises KeyError (only defaultdicts insert).
from collections import defaultdict

dd: defaultdict[str, int] = defaultdict(int)
dd["x"] += 1
plain: dict[str, int] = dict(dd)
print(plain["x"])
print(plain["y"])
