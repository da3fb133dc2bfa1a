# math.isqrt of a negative int: ValueError: isqrt() argument must be nonnegative.
import math

print(math.isqrt(10))
print(math.isqrt(-1))
