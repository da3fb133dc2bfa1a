# print() of every scalar kind and of mixed arguments; ints at the 64-bit extremes.
import math

print(0, -0, 42, -42, 9223372036854775807, -9223372036854775807 - 1)
print(0.0, -0.0, 42.0, -42.5, math.pi, math.inf, math.nan)
print(True, False, None)
print("int", 1, "float", 1.0, "bool", True, "none", None)
print(1 == 1.0, 1, 1.0, 1 / 1, 2 // 1, 2.0 // 1)
print(3 > 2, 3 - 2, 3.0 - 2, not 3)
x = 10
y = 0.1
print("x is", x, "and y is", y, "and x*y is", x * y)
