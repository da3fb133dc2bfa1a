# Rejected: with statements (the context manager here is a plain int; the statement is rejected before that matters).
x = 1
with x:  # error: with statements are not supported yet
    print(x)
