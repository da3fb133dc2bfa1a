# expect-taipan-error: OverflowError: integer overflow: result does not fit in 64 bits
# * overflowing: 21! does not fit in 64 bits, 20! does.
f = 1
for n in range(1, 25):
    f *= n
    print(n, f)
