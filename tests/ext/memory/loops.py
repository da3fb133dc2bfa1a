def add(a: int, b: int) -> int:
    return a + b


def scale(x: float, factor: float) -> float:
    return x * factor


def fails(n: int) -> int:
    return n // 0
