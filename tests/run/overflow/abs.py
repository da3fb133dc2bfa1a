# expect-taipan-error: OverflowError: integer overflow: result does not fit in 64 bits
# abs() of the smallest 64-bit int.
m = -9223372036854775807
print(abs(m))
m -= 1
print(m)
print(abs(m))
