"""Mandelbrot set membership on a SIZE x SIZE grid: scalar float loops."""

from typing import Final

SIZE: Final = 2000  # bench-size smoke=60
MAX_ITER: Final = 100


def escape_time(cr: float, ci: float) -> int:
    """The iteration at which z escapes |z| > 2, or MAX_ITER if it never does."""
    zr = 0.0
    zi = 0.0
    i = 0
    while i < MAX_ITER:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        i += 1
    return MAX_ITER


def main() -> None:
    inside = 0
    total_iterations = 0
    for y in range(SIZE):
        ci = 2.0 * y / SIZE - 1.0
        for x in range(SIZE):
            cr = 2.5 * x / SIZE - 2.0
            iterations = escape_time(cr, ci)
            total_iterations += iterations
            if iterations == MAX_ITER:
                inside += 1
    print(inside)
    print(total_iterations)


if __name__ == "__main__":
    main()
