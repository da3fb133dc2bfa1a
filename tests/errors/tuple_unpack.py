# Rejected: unpacking a fixed tuple into the wrong number of names, and an
# index outside a fixed tuple.
point = (1, 2, 3)
x, y = point  # error: too many values to unpack (expected 2)
a, b, c, d = point  # error: not enough values to unpack (expected 4, got 3)
print(point[3])  # error: tuple index out of range
print("abc" < 1)  # error: '<' not supported between instances of 'str' and 'int'
