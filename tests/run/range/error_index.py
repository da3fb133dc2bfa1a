# Indexing past either end of a range: IndexError.
r = range(2, 12, 3)
print(r[-4], r[3])
print(r[-5])
