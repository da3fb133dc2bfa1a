# Rejected uses of range objects: item assignment and deletion (CPython's
# TypeErrors, at compile time), orderings, attributes ranges do not have,
# searching a range for non-int values, and operators ranges do not support.
r = range(5)
r[0] = 1  # error: 'range' object does not support item assignment
del r[1]  # error: 'range' object doesn't support item deletion
print(r < range(3))  # error: '<' not supported between instances of 'range' and 'range'
print(r.first)  # error: 'range' object has no attribute 'first'
print(r.index)  # error: range.index as a value is not supported yet (call it)
print(2.0 in r)  # error: 'in' of a float value in a range is not supported yet (only int)
print(r.count("a"))  # error: range.count() of a str value in a range is not supported yet (only int)
print(r == [0, 1, 2, 3, 4])  # error: '==' between a range and a list[int] is not supported (their values are never equal)
print(r + r)  # error: unsupported operand types for +: 'range' and 'range'
print(r[1.5])  # error: range indices must be integers or slices, not float
x: range = [1, 2]  # error: expected range, found list[int]
print(0 < 1 in r)  # error: comparison chains with range values are not supported yet
