"""Naive recursive Fibonacci: the first example in the README."""


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main() -> None:
    print(fib(32))


if __name__ == "__main__":
    main()
