# Chained assignment with subscript and attribute targets: the value is
# evaluated once, then stored into each target from left to right.


class Box:
    def __init__(self) -> None:
        self.v = 0


def value() -> int:
    print("value evaluated")
    return 7


sieve = [True] * 6
sieve[0] = sieve[1] = False
print(sieve)
b = Box()
d: dict[str, int] = {}
xs = [0, 0, 0]
b.v = d["k"] = xs[2] = n = value()
print(b.v, d, xs, n)
i = 0
xs[i] = i = 2  # i is assigned after xs[0]
print(xs, i)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = grid[1][2] = -1
print(grid)
try:
    xs[5] = xs[0] = 9
except IndexError as e:
    print("IndexError:", e, xs)
