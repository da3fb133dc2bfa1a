# A run-time tuple index out of range raises IndexError: tuple index out of range.
values: tuple[int, ...] = (1, 2)
k = 1
print(values[k])
k += 1
print(values[k])
