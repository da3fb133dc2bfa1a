# expect-taipan-error: OverflowError: integer overflow: result does not fit in 64 bits
print(sum([2 ** 62, 2 ** 62]))
