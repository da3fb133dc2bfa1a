# Int comparisons, including chained ones and comparisons across the whole 64-bit range.
a = 3
b = 5
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(a < a, a <= a, a == a, a != a)
print(-1 < 0, -9223372036854775807 - 1 < 9223372036854775807, 0 > -1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 1)
print(a < b <= b < 6 != a, b > a >= a > a)
print(not 1 < 2, not a == b)
lo = 0
hi = 10
for v in range(-2, 13, 3):
    print(v, lo <= v < hi, lo < v <= hi)
