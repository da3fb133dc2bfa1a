# key=d.get over the keys of the same dict.
import heapq
from collections import Counter

votes = {"ann": 3, "bob": 7, "cy": 5, "dee": 7}
print(max(votes, key=votes.get), min(votes, key=votes.get))
print(sorted(votes, key=votes.get), sorted(votes, key=votes.get, reverse=True))
print(sorted(votes.keys(), key=votes.get))
print(heapq.nlargest(2, votes, key=votes.get))


def top(counts: dict[str, float]) -> str:
    return max(counts, key=counts.get)


print(top({"x": 0.5, "y": 2.5, "z": -1.0}))
c = Counter("abracadabra")
print(max(c, key=c.get))
empty: dict[str, int] = {}
print(max(empty, key=empty.get, default="none"))
print(max(empty, key=empty.get))
