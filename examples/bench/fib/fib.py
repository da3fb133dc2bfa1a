"""Naive recursive Fibonacci: call overhead and small-int arithmetic."""

from typing import Final

N: Final = 41  # bench-size smoke=20


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main() -> None:
    print(fib(N))


if __name__ == "__main__":
    main()
