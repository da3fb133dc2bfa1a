# divmod of floats by zero raises ZeroDivisionError: float divmod().
print(divmod(1.0, 3.0))
print(divmod(1.0, 0.0))
