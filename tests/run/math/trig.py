# Trigonometric and hyperbolic functions, atan2 quadrants and signed zeros, degrees/radians.
import math

print(math.sin(0.0), math.sin(-0.0), math.sin(math.pi / 6), math.sin(math.pi), math.sin(1))
print(math.cos(0), math.cos(math.pi / 3), math.cos(math.pi), math.cos(1e10))
print(math.tan(0.0), math.tan(math.pi / 4), math.tan(1.5), math.tan(-0.5))
print(math.asin(1), math.asin(-0.5), math.acos(1.0), math.acos(0), math.acos(-1), math.atan(1.0), math.atan(math.inf))
print(math.atan2(1, 1), math.atan2(1, -1), math.atan2(-1, -1), math.atan2(-1, 1))
print(math.atan2(0.0, 0.0), math.atan2(-0.0, 0.0), math.atan2(0.0, -0.0), math.atan2(-0.0, -0.0), math.atan2(5, 0))
print(math.atan2(math.inf, math.inf), math.atan2(-math.inf, 1.0), math.atan2(1.0, -math.inf))
print(math.sinh(0.0), math.sinh(1), math.sinh(-2.5), math.cosh(0), math.cosh(1.0), math.tanh(0.5), math.tanh(100), math.tanh(-math.inf))
print(math.degrees(math.pi), math.degrees(1), math.radians(180), math.radians(-90.0), math.degrees(math.radians(45)))
total = 0.0
for i in range(100):
    x = i * 0.1
    total += math.sin(x) * math.cos(x) - math.tanh(x / 10)
print(total)
print(math.sin(x) ** 2 + math.cos(x) ** 2)
