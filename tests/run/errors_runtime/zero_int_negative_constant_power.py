# int ** negative constant gives a float, so 0 ** -1 raises ZeroDivisionError: 0.0 cannot be raised to a negative power.
print(2 ** -1)
zero = 0
print(zero ** -1)
