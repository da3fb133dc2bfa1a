# `xs += ys` and `xs *= n` change the list in place: other names see it.
a = [1]
b = a
a += [2, 3]
a += (4,)
a += []
print(a, b, a is b if False else a == b)
c = [0, 1]
d = c
c *= 2
print(c, d)
c *= 0
print(c, d)
rows = [[1], [2]]
first = rows[0]
rows[0] += [10]
print(rows, first)
groups: dict[str, list[int]] = {"x": []}
xs = groups["x"]
groups["x"] += [5]
groups["x"] += [6]
print(groups, xs)
s = "ab"
t = s
s += "c"
print(s, t)
n = 5
n += 1
print(n)
