# -0.0 survives negation, multiplication and rounding, compares equal to 0.0, and prints with its sign.
import math

z = 0.0
nz = -z
print(z, nz, -nz, 0.0 * -1.0, -0.0 * -1.0, 0.0 * -5, -1.0 * 0)
print(nz == z, nz < z, nz == 0, 0 == nz, nz != 0.0)
print(nz + 0.0, 0.0 + nz, nz + nz, nz - 0.0, 0.0 - 0.0, nz - nz)
print(abs(nz), math.fabs(nz), math.copysign(1.0, nz), math.copysign(1.0, z))
print(round(-0.4), round(-0.4, 0), round(-0.0), round(-0.0, 2), round(-0.001, 2))
print(-0.0 / 5.0, 0.0 / -5.0, -5.0 / math.inf, 5.0 / -math.inf)
print(math.sqrt(nz), math.floor(nz), math.ceil(-0.5), math.trunc(-0.7), math.ceil(-0.5) == 0)
print(float(-0), -float(0), int(nz), bool(nz), not nz)
print(min(0.0, -0.0), min(-0.0, 0.0), max(0.0, -0.0), max(-0.0, 0.0))
w = -1e-200 * 1e-200
print(w, w == 0.0, math.copysign(2.0, w))
