print("module body prints")


def shout(n: int) -> int:
    print("shout", n, n * 1.5, n > 2, sep=", ")
    print("no newline", end="")
    print(" then more")
    return n


def flushed(n: int) -> None:
    print("flushed", n, flush=True)
