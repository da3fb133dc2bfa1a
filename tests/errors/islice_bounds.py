# Rejected: islice bounds that are not non-negative int literals (a
# negative one must raise CPython's ValueError at the call).
from itertools import islice

n = 3
print(list(islice([1, 2, 3], n)))  # error: is supported with int literal
print(list(islice([1, 2, 3], -1)))  # error: is supported with int literal
print(list(islice([1, 2, 3], 0, 2, 0)))  # error: is supported with int literal
