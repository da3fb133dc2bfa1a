# expect-taipan-error: OverflowError: integer overflow: result does not fit in 64 bits
# A slice of a range whose stop would be 2**63: an int taipan's 64 bits
# cannot hold (CPython makes a bigger int).
r = range(0, 9223372036854775807, 2**62)
print(len(r), r[-1], r[:1])
print(r[:])
