# list[list[float]]: rows are shared, not copied; changes through one alias show in the other.
def identity(n: int) -> list[list[float]]:
    m: list[list[float]] = []
    for i in range(n):
        row = [0.0] * n
        row[i] = 1.0
        m.append(row)
    return m


m = identity(3)
row = m[0]
row[0] = 5.5
m[1][2] = -2.0
print(m, row)
rows = [[1, 2]] * 3
rows[0][0] = 99
print(rows)
grid = [[0, 0], [0, 0]]
for r in grid:
    r[1] += 1
for r in grid:
    r = [7]
print(grid, r, len(grid[0]))
words = ["x"]
for w in words:
    if len(words) < 4:
        words.append(w + "y")
print(words)
