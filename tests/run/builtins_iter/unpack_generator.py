# Unpacking a generator (map, a generator expression) into targets.
line = "7 8"
a, b = map(int, line.split())
print(a + b)
x, y, z = (c.upper() for c in "abc")
print(x, y, z)
[p, q] = (n * n for n in range(2))
print(p, q)
w, h = map(float, "2.5 4".split())
print(w * h)
try:
    u, v = map(int, "1 2 3".split())
except ValueError as e:
    print("ValueError:", e)
u, v = map(int, "1".split())
