# Rejected: the sys members taipan does not support, and the supported ones
# used where they cannot be compiled faithfully.
import sys
from sys import path  # error: sys.path is not supported yet


def maybe() -> int | None:
    return None


x = sys.exit(1)  # error: sys.exit is only supported as a statement 'sys.exit(...)'
print(sys.maxsize)  # error: sys.maxsize is not supported yet
sys.exit(1.5)  # error: sys.exit() takes an int, a str or None, not float
sys.exit(maybe())  # error: sys.exit() takes an int, a str or None, not int | None
sys.exit(1, 2)  # error: exit expected at most 1 argument, got 2
sys.exit(code=1)  # error: exit() takes no keyword arguments
print("a", file=3)  # error: print(file=...) supports only sys.stdout and sys.stderr
print(sys.stderr)  # error: sys.stderr is only supported as print(..., file=sys.stderr)
sys.argv()  # error: 'list' object is not callable
m = sys  # error: modules as values are not supported yet
