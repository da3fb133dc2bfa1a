"""N-queens: count every placement of N non-attacking queens by backtracking
over lists of bools (columns and both diagonals)."""

from typing import Final

N: Final = 13  # bench-size smoke=6


def solve(row: int, n: int, cols: list[bool], diag1: list[bool], diag2: list[bool]) -> int:
    """The number of ways to complete a board whose first `row` rows are placed."""
    if row == n:
        return 1
    count = 0
    for col in range(n):
        d1 = row + col
        d2 = row - col + n - 1
        if not cols[col] and not diag1[d1] and not diag2[d2]:
            cols[col] = True
            diag1[d1] = True
            diag2[d2] = True
            count += solve(row + 1, n, cols, diag1, diag2)
            cols[col] = False
            diag1[d1] = False
            diag2[d2] = False
    return count


def main() -> None:
    for n in range(4, N + 1):
        cols = [False] * n
        diag1 = [False] * (2 * n - 1)
        diag2 = [False] * (2 * n - 1)
        print(n, solve(0, n, cols, diag1, diag2))


if __name__ == "__main__":
    main()
