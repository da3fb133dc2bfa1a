# Rejected: raising something that is not an exception.
def check(n: int) -> None:
    if n < 0:
        raise "negative"  # error: exceptions must derive from BaseException


check(1)
