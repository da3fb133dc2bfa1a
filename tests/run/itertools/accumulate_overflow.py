# expect-taipan-error: OverflowError: integer overflow: result does not fit in 64 bits
# accumulate adds with int's 64-bit overflow check.
from itertools import accumulate

for total in accumulate([2**62, 2**62 - 1, 1]):
    print(total)
