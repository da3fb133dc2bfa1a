# operator.itemgetter / attrgetter as key= functions.
from operator import itemgetter, attrgetter
import operator
from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    price: float
    tags: list[str] = field(default_factory=list)


items = [Item("b", 2.5, ["x"]), Item("a", 2.5), Item("c", 1.0, ["y", "z"])]
print(sorted(items, key=attrgetter("price")))
print(sorted(items, key=attrgetter("price", "name")))
pairs = [(1, "b"), (0, "z"), (1, "a")]
print(sorted(pairs, key=itemgetter(1)), max(pairs, key=itemgetter(0)))
print(sorted(pairs, key=operator.itemgetter(0, 1)))
d = {"x": 3, "y": 1}
print(sorted(d.items(), key=itemgetter(1)))
import heapq

print(heapq.nsmallest(2, pairs, key=itemgetter(1)))
points = [(3, -1), (1, 5), (2, 0)]
points.sort(key=itemgetter(-1))
print(points)
col = 0
print(min(points, key=itemgetter(col)))
