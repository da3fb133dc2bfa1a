# expect-taipan-error: OverflowError: integer overflow: result does not fit in 64 bits
# - below the smallest 64-bit int.
low = -9223372036854775807
print(low)
low -= 1
print(low)
low -= 1
print(low)
