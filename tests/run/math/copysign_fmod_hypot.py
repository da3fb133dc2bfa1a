# copysign, fmod (sign of the dividend, unlike %), hypot.
import math

print(math.copysign(3, -1), math.copysign(-3.0, 2), math.copysign(1.0, -0.0), math.copysign(0.0, -1.0))
print(math.copysign(math.inf, -1.0), math.copysign(2.0, math.nan), math.copysign(math.nan, 1.0))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-7.5, -2), math.fmod(-0.0, 1.0), math.fmod(5.0, math.inf))
print(-7 % 3, math.fmod(-7.0, 3.0), -7.0 % 3.0, math.fmod(1e300, 1e-300))
print(math.hypot(3, 4), math.hypot(-5.0, 12.0), math.hypot(0.0, 0.0), math.hypot(1e200, 1e200), math.hypot(math.inf, math.nan))
print(math.hypot(1e-200, 1e-200), math.hypot(1.0, 1.0), math.hypot(5, 0))
