# Functions may call functions defined later in the file, including mutually recursive pairs.


def main() -> None:
    for n in range(7):
        print(n, is_even(n), is_odd(n))
    print(hofstadter_f(20), hofstadter_m(20))
    print(collatz_len(27))


def is_even(n: int) -> bool:
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n: int) -> bool:
    if n == 0:
        return False
    return is_even(n - 1)


def hofstadter_f(n: int) -> int:
    if n == 0:
        return 1
    return n - hofstadter_m(hofstadter_f(n - 1))


def hofstadter_m(n: int) -> int:
    if n == 0:
        return 0
    return n - hofstadter_f(hofstadter_m(n - 1))


def collatz_len(n: int) -> int:
    if n == 1:
        return 1
    return 1 + (collatz_even(n) if n % 2 == 0 else collatz_odd(n))


def collatz_even(n: int) -> int:
    return collatz_len(n // 2)


def collatz_odd(n: int) -> int:
    return collatz_len(3 * n + 1)


main()
