"""Dense matrix product of two N x N matrices held as lists of lists of floats,
filled from a linear congruential generator."""

from typing import Final

N: Final = 1000  # bench-size smoke=20

LCG_MULTIPLIER: Final = 1103515245
LCG_INCREMENT: Final = 12345
LCG_MODULUS: Final = 2147483648


def random_matrix(n: int, seed: int) -> list[list[float]]:
    """An n x n matrix of floats in [0, 1) from an LCG started at `seed`."""
    state = seed
    matrix: list[list[float]] = []
    for _ in range(n):
        row: list[float] = []
        for _ in range(n):
            state = (state * LCG_MULTIPLIER + LCG_INCREMENT) % LCG_MODULUS
            row.append(state / LCG_MODULUS)
        matrix.append(row)
    return matrix


def matmul(a: list[list[float]], b: list[list[float]]) -> list[list[float]]:
    """a @ b, accumulating each row in i-k-j order."""
    n = len(a)
    inner = len(b)
    m = len(b[0])
    c: list[list[float]] = []
    for i in range(n):
        a_row = a[i]
        c_row = [0.0] * m
        for k in range(inner):
            a_ik = a_row[k]
            b_row = b[k]
            for j in range(m):
                c_row[j] += a_ik * b_row[j]
        c.append(c_row)
    return c


def main() -> None:
    a = random_matrix(N, 42)
    b = random_matrix(N, 4242)
    c = matmul(a, b)
    total = 0.0
    trace = 0.0
    for i in range(N):
        row = c[i]
        trace += row[i]
        for j in range(N):
            total += row[j]
    print(f"{total:.6f}")
    print(f"{trace:.6f}")
    print(f"{c[N // 2][N // 3]:.9f}")


if __name__ == "__main__":
    main()
