# Ranges in containers, fields, optionals, parameters and return values.
from dataclasses import dataclass


def span(r: range) -> int:
    if not r:
        return 0
    return r[-1] - r[0]


def window(n: int, size: int) -> range:
    return range(n, n + size)


def pieces(n: int) -> list[range]:
    return [range(i) for i in range(n)]


class Grid:
    def __init__(self, w: int, h: int) -> None:
        self.xs = range(w)
        self.ys: range = range(h, 0, -1)

    def cells(self) -> int:
        return len(self.xs) * len(self.ys)


@dataclass
class Span:
    r: range
    name: str


print(span(range(5)), span(range(0)), span(range(10, 0, -3)), window(3, 4))
print(pieces(4), [list(p) for p in pieces(3)], [range(2)], (range(1), range(2, 5)))
g = Grid(3, 4)
print(g.xs, g.ys, g.cells(), list(g.ys))
g.xs = range(10)
print(g.cells())
sp = Span(range(2, 8, 3), "two")
print(sp, sp.r.step)
print([range(3)] == [range(0, 3)], (range(0), 1) == (range(5, 5), 1), [range(2)] != [range(3)])
maybe: range | None = None
print(maybe)
maybe = range(4)
if maybe is not None:
    print(maybe, len(maybe))
table: dict[str, range] = {"a": range(3), "b": range(2, 0, -1)}
for k, v in table.items():
    print(k, v, list(v))
print(table)
rs = [range(3), range(1, 2), range(0)]
rs.sort(key=len)
print(rs, max(rs, key=len), [len(x) for x in rs])
