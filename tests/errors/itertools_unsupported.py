# Rejected: itertools members taipan does not support, and iterators used as
# values (CPython's are lazy iterator objects).
import itertools
from itertools import tee, permutations  # error: itertools.tee is not supported yet

p = permutations([1, 2, 3])  # error: itertools.permutations() is only supported where it is iterated
for t in itertools.tee([1, 2]):  # error: itertools.tee is not supported yet
    pass
for c in itertools.chain([1], ["a"]):  # error: chain() of iterables with different element types (int and str) is not supported yet
    pass
for s in itertools.accumulate(["a", "b"]):  # error: accumulate() of str elements is not supported yet
    pass
for q in itertools.combinations([1, 2]):  # error: combinations() missing required argument 'r' (pos 2)
    pass
for v in itertools.product([1], repeat=1.5):  # error: 'float' object cannot be interpreted as an integer
    pass
for n, m in itertools.count():  # error: cannot unpack non-iterable int object
    pass
halves = itertools.count(1, 0.5)  # error: count() of an int start and a float step is not supported
