class Grid:
    def __init__(self) -> None:
        self.cells: list[int] = [0, 0]

    def __setitem__(self, i: int, v: int) -> None:
        self.cells[i] = v


class Plain:
    pass


g = Grid()
g[0] += 1  # error: augmented assignment to an item of an instance is not supported yet
g[0:1] = [1]  # error: slice assignment to an instance is not supported yet
p = Plain()
p[0] = 1  # error: 'Plain' object does not support item assignment
