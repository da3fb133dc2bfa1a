# max()/min() of an int and a float: CPython returns the winning argument
# itself (max(3, 2.5) is the int 3, max(1, 2.5) the float 2.5), so the
# result's type is not static, even where a float is expected.

x: float = max(3, 2.5)  # error: max() arguments must all have the same type, found int and float: CPython returns the winning argument unchanged
y = min(2, 2.5)  # error: min() arguments must all have the same type, found int and float
print(max(float(3), 2.5), min(2, int(2.5)))
