# expect-taipan-error: OverflowError: integer overflow: result does not fit in 64 bits
# // of the smallest 64-bit int by -1 (the only int // that overflows).
m = -9223372036854775807 - 1
print(m // 1, m // 2, m // -2, m % -1)
d = -1
print(m // d)
