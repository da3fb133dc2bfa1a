# Rejected: f-strings.
n = 3
print(f"n is {n}")  # error: f-strings are not supported yet
