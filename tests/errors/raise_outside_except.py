# Rejected: a bare `raise` outside an except clause (CPython would need an
# exception being handled further up the stack).
def fail() -> None:
    raise  # error: a bare 'raise' outside an except clause is not supported


fail()
