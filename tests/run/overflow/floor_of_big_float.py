# expect-taipan-error: OverflowError: integer overflow: result does not fit in 64 bits
# math.floor of a float beyond the 64-bit range (CPython returns a big int).
import math

print(math.floor(-9.223372036854775808e18))
print(math.floor(1e19))
