# Rejected: a parameter without a type annotation.
def answer(x) -> int:  # error: parameter 'x' needs a type annotation
    return 42


print(answer(2))
