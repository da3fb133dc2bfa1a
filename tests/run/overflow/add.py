# expect-taipan-error: OverflowError: integer overflow: result does not fit in 64 bits
# + past the largest 64-bit int, after a loop that climbs to it.
x = 1
for _ in range(62):
    x = x * 2
top = x - 1 + x
print(x, top)
print(top + 1)
