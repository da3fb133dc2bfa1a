# Tuple assignments to attributes, subscripts and slices: the value is
# evaluated first, then the targets are stored left to right.
class V:
    def __init__(self, x: float, y: float) -> None:
        self.x, self.y = x, y
        self.items: list[str] = []
        self.tags, self.n = ["t"], 0
        self.items.append("a")

v = V(1.0, 2.0)
v.x, v.y = v.y, v.x
print(v.x, v.y, v.items, v.n, v.tags)
a = [1, 2, 3]
a[0], a[2] = a[2], a[0]
print(a)
i = 0
a[i], i = 9, 2
print(a, i)
i, a[i] = 1, 7
print(a, i)
pair = (5, 6)
v.n, a[0] = pair
print(v.n, a)
d: dict[str, int] = {}
d["a"], (d["b"], rest) = 1, (2, [3, 4])
print(d, rest)
first, *a[1:] = [10, 20, 30]
print(first, a)
def bubble(xs: list[int]) -> list[int]:
    n = len(xs)
    for k in range(n):
        for j in range(n - 1 - k):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
    return xs
print(bubble([5, 2, 9, 1, 5, 6]))
try:
    a[0], a[10] = 1, 2
except IndexError as e:
    print("IndexError", e, a)
m = [[0] * 3 for _ in range(2)]
for r in range(2):
    for c in range(3):
        m[r][c], m[1 - r][2 - c] = r, c
print(m)
