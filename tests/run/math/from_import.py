# `from math import ...` binds functions and constants by their bare names.
from math import sqrt, pi, floor, ceil, isclose, inf, gcd, log, e, tau, nan, isnan

print(sqrt(81), pi, floor(-1.5), ceil(-1.5), isclose(sqrt(2) ** 2, 2.0), inf, gcd(84, 36))
print(log(e), log(1024, 2), tau / pi, isnan(nan), -inf < 0)


def circle_area(r: float) -> float:
    return pi * r * r


print(circle_area(1.0), circle_area(2.5))
