# Default parameter values and keyword arguments at call sites, in any order.


def scale(x: float, factor: float = 2.0, offset: float = 0.0) -> float:
    return x * factor + offset


def span(lo: int, hi: int = 10, step: int = 1) -> int:
    count = 0
    for _ in range(lo, hi, step):
        count += 1
    return count


def flags(verbose: bool = False, level: int = 3) -> int:
    if verbose:
        print("verbose at level", level)
    return level


print(scale(1.5), scale(1.5, 3.0), scale(1.5, 3.0, 0.5))
print(scale(1.5, offset=1.0), scale(x=1.5), scale(offset=-1.0, x=2.5, factor=0.5))
print(scale(1.5, factor=-1.0), scale(0.5, 4.0, offset=0.25))
print(span(0), span(5), span(0, 20), span(0, 20, 3), span(lo=3, step=2), span(20, step=-4, hi=0))
print(flags(), flags(True), flags(level=7), flags(verbose=True, level=1), flags(level=2, verbose=True))
