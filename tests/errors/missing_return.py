# Rejected: a path through an int-returning function that falls off the end (reported on the def line).
def sign(n: int) -> int:  # error: missing return statement
    if n > 0:
        return 1
    elif n < 0:
        return -1


print(sign(3))
