# r.index(x) of a value the range does not give: ValueError naming it.
r = range(0, 20, 5)
print(r.index(15))
print(r.index(7))
