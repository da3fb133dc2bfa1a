# __setitem__ with an int and a tuple index; the value is evaluated before
# the object and the index, as in CPython.


class Grid:
    def __init__(self, rows: int, cols: int) -> None:
        self.cols = cols
        self.cells: list[float] = [0.0] * (rows * cols)

    def __getitem__(self, rc: tuple[int, int]) -> float:
        return self.cells[rc[0] * self.cols + rc[1]]

    def __setitem__(self, rc: tuple[int, int], v: float) -> None:
        if rc[1] >= self.cols:
            raise IndexError(f"column {rc[1]} out of range")
        self.cells[rc[0] * self.cols + rc[1]] = v


class Log:
    def __init__(self) -> None:
        self.entries: dict[str, int] = {}

    def __setitem__(self, key: str, n: int) -> None:
        print("set", key, n)
        self.entries[key] = n


def value(n: int) -> int:
    print("value", n)
    return n


def key(k: str) -> str:
    print("key", k)
    return k


g = Grid(2, 3)
g[0, 1] = 2.5
g[1, 2] = 4.0
g[1, 0] = g[0, 1] * 2
print(g.cells, g[1, 2])
log = Log()
log[key("a")] = value(1)
log["b"] = 2
print(log.entries)
try:
    g[0, 5] = 1.0
except IndexError as e:
    print("IndexError:", e)
