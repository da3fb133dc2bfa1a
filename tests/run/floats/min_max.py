# min()/max() of two or more floats return the first extreme argument in order.
import math

print(min(1.5, 2.5), max(1.5, 2.5), min(2.5, 1.5, 3.5, 0.5), max(-1.0, -2.0, -0.5))
print(min(1.0, 1.0), max(0.1 + 0.2, 0.3), min(0.1 + 0.2, 0.3), max(1e308, math.inf), min(-math.inf, -1e308))
print(abs(-2.5), abs(2.5), abs(-1e-320), abs(-math.inf))


def lcg(state: int) -> int:
    return (state * 1103515245 + 12345) % 2147483648


s = 42
lo = 1.0
hi = 0.0
k = 0
while k < 200:
    s = lcg(s)
    v = s / 2147483648
    lo = min(lo, v)
    hi = max(v, hi)
    k += 1
print(lo, hi, max(lo, hi, 0.5), min(0.5, lo, hi))
