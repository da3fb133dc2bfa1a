# next() of an exhausted stored generator expression raises StopIteration.
g = (x for x in [1])
print(next(g))
print(next(g))
