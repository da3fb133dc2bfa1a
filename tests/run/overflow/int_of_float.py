# expect-taipan-error: OverflowError: integer overflow: result does not fit in 64 bits
# int() of a float >= 2**63.
x = 9.2e18
print(int(x))
x = x * 2.0
print(x)
print(int(x))
