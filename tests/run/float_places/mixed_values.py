# max()/min() of ints and floats, and conditional expressions with an int
# and a float branch: CPython gives the winning value itself, an int or a
# float, and so does taipan.
x: float = max(3, 2.5)
y = min(2, 2.5)
z = max(1, 2.5)
print(x, y, z, max(float(3), 2.5), min(2, int(2.5)))
print(max(3, 3.0), max(3.0, 3), min(-1, -1.0, -0.5), max(0, -0.0))


def pick(flag: bool, a: int, b: float) -> float:
    return a if flag else b


print(pick(True, 4, 1.5), pick(False, 4, 1.5))
w = 7 if x > 2 else 0.5
print(w, w / 2, w // 2)
v = 0.5 if x > 2 else 7
print(v)
limit = 10
print(min(limit, 7.5), min(limit, 12.5), max(limit * 2, 0.5) // 3)
