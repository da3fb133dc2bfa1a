# int(s, base) with a digit outside the base raises ValueError with CPython's repr.
print(int("777", 8))
print(int("789", 8))
