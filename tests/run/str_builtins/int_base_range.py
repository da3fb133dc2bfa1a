# int(s, base) with a base outside 2..36 raises ValueError.
base = 37
print(int("10", base))
