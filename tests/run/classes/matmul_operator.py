# The @ operator on user classes: __matmul__, __rmatmul__, __imatmul__.
from __future__ import annotations


class Matrix:
    def __init__(self, rows: list[list[float]]) -> None:
        self.rows = rows

    def __matmul__(self, other: Matrix) -> Matrix:
        n, m, p = len(self.rows), len(other.rows), len(other.rows[0])
        out = [[0.0] * p for _ in range(n)]
        for i in range(n):
            for j in range(p):
                out[i][j] = sum(self.rows[i][k] * other.rows[k][j] for k in range(m))
        return Matrix(out)

    def __rmatmul__(self, v: list[float]) -> list[float]:
        return [sum(v[k] * self.rows[k][j] for k in range(len(v))) for j in range(len(self.rows[0]))]

    def __repr__(self) -> str:
        return f"Matrix({self.rows})"


class Accumulator:
    def __init__(self) -> None:
        self.log: list[str] = []

    def __matmul__(self, tag: str) -> int:
        return len(self.log) + len(tag)

    def __imatmul__(self, tag: str) -> Accumulator:
        self.log.append(tag)
        return self


a = Matrix([[1.0, 2.0], [3.0, 4.0]])
b = Matrix([[0.5, -1.0], [2.0, 0.0]])
print(a @ b)
print(a @ b @ a)
print([1.0, 1.0] @ a)
acc = Accumulator()
acc @= "x"
acc @= "yz"
print(acc.log, acc @ "abc")
