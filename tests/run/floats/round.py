# round(x) rounds half to even and gives an int; round(x, n) rounds the exact decimal value and gives a float.
import math

print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5), round(-2.5))
print(round(0.49999999999999994), round(2.4), round(2.6), round(-2.6), round(1e15 + 0.5), round(4.5e15 + 0.5))
print(round(1e18), round(-9.2e18), round(123456.789))
print(round(2.675, 2), round(1.25, 1), round(1.35, 1), round(0.125, 2), round(0.375, 2), round(1.005, 2))
print(round(123.456, -1), round(123.456, -2), round(153.0, -2), round(150.0, -2), round(250.0, -2))
print(round(123.456, 0), round(-123.456, 1), round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
print(round(1e300, 2), round(1e-300, 2), round(5e-324, 400), round(1.5, 400), round(123.0, -400))
print(round(math.inf, 2), round(-math.inf, 0), round(math.nan, 3), round(1e22, -22), round(5e22, -23))
print(round(-0.5, 0), round(0.5, 0), round(2.5, 0), round(-2.5, 0), round(12345.6789, 3))
v = 0.0
n = 0
while n < 10:
    v = v + 0.15
    print(round(v, 1), end=" ")
    n += 1
print()
