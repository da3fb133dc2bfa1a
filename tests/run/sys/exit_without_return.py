# A function whose last statement is sys.exit needs no return: like raise,
# nothing after it runs.
import sys


def fail(message: str) -> int:
    print("fatal:", message, file=sys.stderr)
    sys.exit(2)


def pick(n: int) -> int:
    if n > 0:
        return n
    else:
        sys.exit(f"bad n: {n}")


def checked(n: int) -> int:
    if n < 0:
        return fail("negative")
    return n


print(pick(4), checked(5))
print(checked(-1))
