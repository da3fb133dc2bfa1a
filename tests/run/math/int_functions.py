# math.factorial/comb/perm/lcm/expm1/log1p and int.bit_length/bit_count, float.is_integer.
import math
from math import factorial, comb

print(math.factorial(0), factorial(10), math.factorial(20))
print(comb(5, 2), comb(3, 5), math.comb(66, 33), math.perm(5, 2), math.perm(3, 5), math.perm(4, 0))
print(math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 7), math.gcd(12, -18))
print(math.expm1(1e-10), math.log1p(1e-10), math.expm1(1.0), math.log1p(2.5))
for n in [0, 1, 255, 256, -5, -(2**62)]:
    print(n, n.bit_length(), n.bit_count())
for x in [3.0, -0.0, 2.5, 1e300, float("inf"), float("nan")]:
    print(x, x.is_integer())
k = 7
for b in [True, False]:
    print(b, b.bit_length(), b.bit_count())
print((k * 3).bit_length(), (2.0 ** 0.5).is_integer())
for bad in [-1, 3]:
    try:
        print(math.comb(bad, -1 if bad > 0 else 2))
    except ValueError as e:
        print("ValueError:", e)
try:
    print(math.factorial(-3))
except ValueError as e:
    print("ValueError:", e)
try:
    print(math.log1p(-1.0))
except ValueError as e:
    print("ValueError:", e)
try:
    print(math.expm1(1000.0))
except OverflowError as e:
    print("OverflowError:", e)
print(math.perm(-2, 1))
