# Rejected: a syntax error stops the whole program before anything runs.
print("never printed")
x = = 1  # error:
