# float % 0 (a float dividend and an int zero divisor): ZeroDivisionError: float modulo.
a = 7.5
print(a % 2)
print(a % 0)
