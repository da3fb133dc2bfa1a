# sys.exit(n) from inside a function: finally blocks run on the way out,
# nothing after the call runs, and the status is n with no traceback.
import sys


def check(values: list[int]) -> int:
    total = 0
    for v in values:
        if v < 0:
            print("negative value", v)
            sys.exit(3)
        total += v
    return total


def main() -> int:
    try:
        print("sum", check([1, 2, 3]))
        print("sum", check([4, -5, 6]))
        print("not reached")
    finally:
        print("cleanup runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
