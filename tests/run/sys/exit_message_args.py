# When every SystemExit the program makes has a str code, e.args is a
# tuple[str] and the uncaught one prints its code as the last stderr line.
import sys


def fail(why: str) -> None:
    sys.exit("error: " + why)


try:
    fail("first")
except SystemExit as e:
    print("caught", e.args, len(e.args[0]))

print("mixed", file=sys.stderr)
fail("second")
