# Rejected: an except clause naming something that is not a built-in exception class.
x = 3
try:
    x = 4
except int:  # error: except clauses must name exception classes
    x = 5
except (ValueError, len):  # error: except clauses must name exception classes
    x = 6
print(x)
