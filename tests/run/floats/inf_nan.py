# inf and nan propagate through arithmetic; nan compares unequal to everything, including itself.
import math

inf = math.inf
nan = math.nan
print(inf + 1.0, inf - inf, inf * 0.0, inf * -1.0, inf / inf, 1.0 / inf, -1.0 / inf)
print(nan + 1.0, nan * 0.0, nan - nan, -nan, abs(-inf), abs(nan))
print(nan == nan, nan != nan, nan < nan, nan >= nan, inf == inf, inf > 1e308, -inf < -1e308)
print(math.isnan(inf - inf), math.isinf(1e308 * 10.0), math.isfinite(nan), math.isfinite(1e308))
print(min(nan, 1.0), min(1.0, nan), max(nan, 1.0), max(1.0, nan), min(inf, -inf, 0.0), max(-inf, nan, inf))
print(inf // 1.0, inf % 1.0, 1.0 % inf, -1.0 % inf, 1.0 // inf, -1.0 // inf, nan // 1.0, nan % 2.0)
print(bool(nan), bool(inf), not nan, not inf, inf > nan or inf == inf, nan > 0.0 and nan < 0.0)
x = nan
if x == x:
    print("never")
elif x != x:
    print("nan is not equal to itself")
