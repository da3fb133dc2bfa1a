"""Numeric kernels: the ones that touch no object run without the GIL."""


def _step(x: float) -> float:
    return x * 0.5 + 1.0


def spin(n: int) -> float:
    """A pure numeric loop: releases the GIL."""
    x = 0.0
    for i in range(n):
        x = _step(x) + (i % 7) * 1e-9
    return x


def checked_sum(n: int, fail_at: int) -> int:
    """Raises without the GIL: the exception still reaches the caller's thread."""
    t = 0
    for i in range(n):
        assert i != fail_at, "failed at the marker"
        t += i
    return t


def collatz_steps(n: int) -> int:
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def fact(n: int) -> int:
    """Recursive: counts frames, so it keeps the GIL."""
    return 1 if n <= 1 else n * fact(n - 1)


def noisy(n: int) -> int:
    """Prints (through sys.stdout): keeps the GIL."""
    t = 0
    for i in range(n):
        t += i
    print("noisy", t)
    return t
