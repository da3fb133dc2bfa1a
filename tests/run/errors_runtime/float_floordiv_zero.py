# float // 0.0: ZeroDivisionError: float floor division by zero.
a = 7.5
b = 2.0
print(a // b)
b = b - 2.0
print(a // b)
