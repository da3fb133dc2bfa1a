"""Counts the points of a grid that lie in the Mandelbrot set, using only scalar float math.

Prints the count, a checksum of the escape iterations, and a small ASCII rendering
built from print() calls with string literals only.
"""
from typing import Final

WIDTH: Final = 600
HEIGHT: Final = 450
MAX_ITER: Final = 400
X_MIN: Final = -2.25
X_MAX: Final = 0.75
Y_MIN: Final = -1.125
Y_MAX: Final = 1.125


def escape_time(cr: float, ci: float, max_iter: int) -> int:
    """Iterations before z = z*z + c leaves the radius-2 disk, or max_iter if it never does."""
    zr = 0.0
    zi = 0.0
    for i in range(max_iter):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return max_iter


def point_x(col: int, width: int) -> float:
    return X_MIN + (X_MAX - X_MIN) * col / (width - 1)


def point_y(row: int, height: int) -> float:
    return Y_MIN + (Y_MAX - Y_MIN) * row / (height - 1)


def count_grid(width: int, height: int, max_iter: int) -> None:
    inside = 0
    checksum = 0
    for row in range(height):
        ci = point_y(row, height)
        for col in range(width):
            n = escape_time(point_x(col, width), ci, max_iter)
            if n == max_iter:
                inside += 1
            checksum = (checksum * 31 + n) % 1000000007
    print("grid", width, "x", height, "max_iter", max_iter)
    print("inside", inside, "of", width * height)
    print("area estimate", inside / (width * height) * (X_MAX - X_MIN) * (Y_MAX - Y_MIN))
    print("checksum", checksum)


def render(width: int, height: int, max_iter: int) -> None:
    for row in range(height):
        ci = point_y(row, height)
        for col in range(width):
            n = escape_time(point_x(col, width), ci, max_iter)
            if n == max_iter:
                print("#", end="")
            elif n > 8:
                print("+", end="")
            elif n > 3:
                print(".", end="")
            else:
                print(" ", end="")
        print()


def main() -> None:
    count_grid(WIDTH, HEIGHT, MAX_ITER)
    render(72, 24, 100)


if __name__ == "__main__":
    main()
