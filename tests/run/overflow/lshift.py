# expect-taipan-error: OverflowError: integer overflow: result does not fit in 64 bits
# << moving bits past the sign bit: 1 << 62 fits, 3 << 62 does not.
print(1 << 62, -1 << 63, 1 << 0)
shift = 61
while shift < 64:
    print(shift, 3 << shift)
    shift += 1
