# The name of an `except ... as` clause is deleted at the end of the clause:
# reading it afterwards raises UnboundLocalError, as in CPython.
def f(n: int) -> str:
    try:
        if n > 0:
            raise ValueError("positive")
    except ValueError as e:
        print("caught", e)
    return str(e)


print(f(1))
