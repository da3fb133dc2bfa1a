"""Spectral norm of the infinite matrix A (after the Computer Language Benchmarks
Game): power iteration over lists of floats with a computed matrix entry."""

import math
from typing import Final

N: Final = 2500  # bench-size smoke=50


def eval_a(i: int, j: int) -> float:
    """Entry (i, j) of A: 1 / ((i + j) * (i + j + 1) / 2 + i + 1)."""
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mult_av(v: list[float], out: list[float]) -> None:
    """out = A v."""
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * v[j]
        out[i] = s


def mult_atv(v: list[float], out: list[float]) -> None:
    """out = A^T v."""
    n = len(v)
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * v[j]
        out[i] = s


def mult_atav(v: list[float], out: list[float], tmp: list[float]) -> None:
    """out = A^T A v."""
    mult_av(v, tmp)
    mult_atv(tmp, out)


def main() -> None:
    u = [1.0] * N
    v = [0.0] * N
    tmp = [0.0] * N
    for _ in range(10):
        mult_atav(u, v, tmp)
        mult_atav(v, u, tmp)
    v_bv = 0.0
    vv = 0.0
    for i in range(N):
        v_bv += u[i] * v[i]
        vv += v[i] * v[i]
    print(f"{math.sqrt(v_bv / vv):.9f}")


if __name__ == "__main__":
    main()
