# floor, ceil and trunc give ints; isqrt and gcd work on ints, including negatives and zeros.
import math

print(math.floor(2.7), math.floor(-2.7), math.floor(5), math.floor(-5), math.floor(-0.0), math.floor(1e18))
print(math.ceil(2.1), math.ceil(-2.1), math.ceil(3), math.ceil(-0.5), math.ceil(1e-300), math.ceil(-9.2e18))
print(math.trunc(2.9), math.trunc(-2.9), math.trunc(7), math.trunc(-0.1), math.trunc(123456789.999))
print(math.floor(2.0) + 1, math.ceil(0.1) * 10)
# On an int argument floor/ceil/trunc are exact, even where a float could not hold the value.
print(math.floor(9223372036854775807), math.ceil(-9223372036854775807 - 1), math.trunc(2 ** 62 + 1), math.floor(-(2 ** 53) - 1))
print(math.isqrt(0), math.isqrt(1), math.isqrt(15), math.isqrt(16), math.isqrt(17), math.isqrt(9223372036854775807))
print(math.isqrt(999999999999999999), math.isqrt(4611686014132420609), math.isqrt(4611686014132420608))
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(12, -18), math.gcd(0, 0), math.gcd(0, -7), math.gcd(17, 5))
print(math.gcd(9223372036854775807, 7), math.gcd(-9223372036854775807, 9223372036854775807), math.gcd(2 ** 62, 2 ** 40))
n = 0
for k in range(1, 200):
    if math.isqrt(k) ** 2 == k:
        n += 1
print(n)
