# / always gives a float, for int/int, int/float and float/int; results use true IEEE division.
a = 10
b = 4
c = 2.5
print(a / b, a / c, c / b, b / a, -a / b, a / -c)
print(1 / 7, 22 / 7, 355 / 113, 1 / 49 * 49, 0.1 / 3, 3 / 0.1)
print(1e308 / 1e-308, 1e-308 / 1e308, -1 / 1e-320)
q = a / b
q += a / c
print(q)
steps = 0
x = 1.0
while x > 0.0:
    x = x / 2
    steps += 1
print(steps)
