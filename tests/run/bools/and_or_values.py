# `and`/`or` on same-typed ints and floats yield one of the operands, not a bool.
a = 0
b = 7
print(a or b, b or a, a and b, b and a, b and 3, a or 0)
x = 0.0
y = 2.5
print(x or y, y or x, x and y, y and x, -0.0 or 1.5, -0.0 and 1.5)
limit = a or 100
print(limit)
