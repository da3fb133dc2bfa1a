# expect-taipan-error: OverflowError: integer overflow: result does not fit in 64 bits
big = 2**62
print(sum(x for x in [1, 2, 3]))
print(sum((x for x in [big, -big, big]), big - 1))
print(sum(x for x in [big, big - 1, 1]))
print("not reached by taipan")
