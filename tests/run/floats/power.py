# Float ** (and int ** float / float ** int) including the IEEE special cases.
import math

print(2.0 ** 10, 2.0 ** 0.5, 2 ** 0.5, 4 ** 0.5, 9.0 ** 0.5, 2.0 ** -1, 8.0 ** (1 / 3))
print(10.0 ** -2, 1.5 ** 2, (-1.5) ** 2, (-1.5) ** 3, (-2.0) ** -3, (-8.0) ** 2.0)
print(0.0 ** 0, 0.0 ** 0.0, 0.0 ** 1.5, (-0.0) ** 3, (-0.0) ** 2, (-0.0) ** 0.5)
print(math.inf ** 0, math.nan ** 0, 1.0 ** math.nan, 1 ** math.inf, (-1.0) ** math.inf)
print(math.inf ** -1, math.inf ** 2, (-math.inf) ** 3, (-math.inf) ** 2, 0.5 ** math.inf, 2.0 ** -math.inf)
print(2.0 ** 1023, 2.0 ** -1074, 2.0 ** -1075, 10.0 ** 308, 10.0 ** -400)
print(1.0000001 ** 1000000, 0.9999 ** 10000)
print(-2.0 ** 2, -2 ** 0.5, 2 ** -1, 5 ** -2, 2.0 ** 3 ** 2)
x = 3.0
x **= 2
print(x)
x **= 0.5
print(x)
