# typing.NamedTuple classes: constructor with defaults and keywords, repr,
# equality, tuple ordering, hashing, methods; as dict keys and sorted.
from typing import NamedTuple, Optional


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm1(self) -> int:
        return abs(self.x) + abs(self.y)


class Edge(NamedTuple):
    src: str
    dst: str
    weight: float
    label: Optional[str] = None


p = Point(3, -4)
q = Point(x=1)
print(p, q, p.x, p.norm1(), p == Point(3, -4), p != q, p < q, q < p)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max([Point(0, 9), Point(1, 0)]))
seen = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(seen), Point(1, 2) in seen)
dist = {Point(0, 0): 0, Point(1, 1): 2}
print(dist[Point(1, 1)], dist)
edges = [Edge("a", "b", 1.5), Edge("b", "c", 0.5, "fast")]
for e in sorted(edges, key=lambda e: e.weight):
    print(e, e.label)
