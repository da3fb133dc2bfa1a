# The script idiom: main() returns the status; 0 is success.
import sys


def main() -> int:
    words = ["b", "a", "c"]
    print(sorted(words))
    return 0


if __name__ == "__main__":
    sys.exit(main())
    print("not reached")
