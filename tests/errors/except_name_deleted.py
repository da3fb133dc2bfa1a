# Rejected: reading, at module level, the name of an `except ... as` clause
# after the clause deleted it (CPython raises NameError there).
try:
    print(1 // 0)
except ZeroDivisionError as err:
    print("caught", err)
print(err)  # error: 'err' may have been deleted at the end of an except clause
