# math.pi, e, tau, inf and nan, and the isnan/isinf/isfinite predicates.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.tau == 2 * math.pi, math.pi > 3.14159, math.e < 2.72, math.inf > 1e308)
print(math.isnan(math.nan), math.isnan(1.0), math.isnan(math.inf), math.isnan(0))
print(math.isinf(math.inf), math.isinf(-math.inf), math.isinf(math.nan), math.isinf(1e308), math.isinf(5))
print(math.isfinite(0.0), math.isfinite(math.inf), math.isfinite(math.nan), math.isfinite(-1e308), math.isfinite(3))
area = math.pi * 2.0 ** 2
print(area, round(area, 3))
