# expect-taipan-error: OverflowError: integer overflow: result does not fit in 64 bits
# getrandbits(64) can exceed taipan's 64-bit ints; CPython's ints grow.
import random

random.seed(3)
for _ in range(10):
    print(random.getrandbits(64))
