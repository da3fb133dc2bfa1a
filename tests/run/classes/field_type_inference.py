# Fields assigned in __init__ without annotations take the type of the
# value's expression: comprehensions, arithmetic, calls of classes, functions
# and builtins, str methods, locals, other fields.


class Point:
    def __init__(self, x: float, y: float) -> None:
        self.x = x
        self.y = y


def default_tags() -> list[str]:
    return ["new"]


class Board:
    def __init__(self, rows: int, cols: int, title: str, origin: Point) -> None:
        area = rows * cols
        self.cells = [[0.0] * cols for _ in range(rows)]
        self.flags = [False for _ in range(area)]
        self.title = title.strip().upper()
        self.words = title.split()
        self.area = area
        self.half = area / 2
        self.neg = -rows
        self.origin = origin
        self.corner = Point(origin.x + cols, origin.y + rows)
        self.ox = origin.x
        self.tags = default_tags()
        self.pairs = [(i, str(i)) for i in range(3)]
        self.lookup = {w: len(w) for w in self.words}
        self.index = {i: w for i, w in enumerate(self.words)}
        self.total = sum(len(w) for w in self.words) if self.words else 0
        self.first = self.words[0] if self.words else ""
        self.seen = {rows, cols}
        self.big = max(rows, cols)
        self.label = f"{rows}x{cols}"
        self.ratio = round(self.half) + 0.5
        self.sorted_words = sorted(self.words)


b = Board(2, 3, "  hello big world ", Point(1.0, 2.0))
b.cells[1][2] = 4.5
b.flags[5] = True
print(b.cells, b.flags, b.title, b.words, b.area, b.half, b.neg)
print(b.corner.x, b.corner.y, b.ox, b.tags, b.pairs, b.lookup, b.index)
print(b.total, b.first, b.seen, b.big, b.label, b.ratio, b.sorted_words)
