# Assigning past the end raises IndexError: list assignment index out of range.
values = [1.5]
values[-1] = 2.5
print(values)
values[1] = 3.5
