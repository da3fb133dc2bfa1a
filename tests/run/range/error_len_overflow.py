# len() of a range of more than sys.maxsize values: OverflowError, as CPython.
r = range(-9223372036854775807 - 1, 9223372036854775807)
print(r[-1], bool(r))
print(len(r))
