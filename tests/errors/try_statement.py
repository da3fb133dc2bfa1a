# Rejected: try statements.
x = 1
try:  # error: try statements are not supported yet
    x = 2
except ZeroDivisionError:
    x = 3
print(x)
