# The `if __name__ == "__main__":` idiom calls main(), which reads module constants.
from __future__ import annotations

from typing import Final

WIDTH: Final = 8
RATE: Final = 0.125


def triangle(n: int) -> int:
    return n * (n + 1) // 2


def main() -> None:
    for n in range(WIDTH):
        print(n, triangle(n), n * RATE)


if __name__ == "__main__":
    main()
else:
    print("imported")
