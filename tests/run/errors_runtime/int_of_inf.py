# int() of an infinity computed at run time: OverflowError: cannot convert float infinity to integer.
x = 1e18
print(int(x))
x = x * 1e300
print(x)
print(int(-x))
