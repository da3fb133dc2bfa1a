# Rejected in an extension module: its sys would be the importing
# interpreter's, which compiled code does not reach yet.
import sys


def report(n: int) -> int:
    print("n =", n, file=sys.stderr)  # error: sys.stderr is not supported in extension modules yet
    if n < 0:
        sys.exit(2)  # error: sys.exit is not supported in extension modules yet
    return len(sys.argv)  # error: sys.argv is not supported in extension modules yet
