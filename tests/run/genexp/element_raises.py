# The body runs for the elements before the one that raises.


def inverse(x: int) -> float:
    return 1 / x


def main() -> None:
    for v in (inverse(x) for x in [4, 2, 0, 1]):
        print("got", v)


main()
