# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""N-queens, hand-tuned Cython: C char arrays and a C-level recursive function."""

cdef int N = 13  # bench-size smoke=6

cdef enum:
    MAX_N = 32


cdef long solve(int row, int n, char *cols, char *diag1, char *diag2) noexcept nogil:
    if row == n:
        return 1
    cdef long count = 0
    cdef int col, d1, d2
    for col in range(n):
        d1 = row + col
        d2 = row - col + n - 1
        if not cols[col] and not diag1[d1] and not diag2[d2]:
            cols[col] = 1
            diag1[d1] = 1
            diag2[d2] = 1
            count += solve(row + 1, n, cols, diag1, diag2)
            cols[col] = 0
            diag1[d1] = 0
            diag2[d2] = 0
    return count


def main():
    cdef char cols[MAX_N]
    cdef char diag1[2 * MAX_N]
    cdef char diag2[2 * MAX_N]
    cdef int n, i
    if N > MAX_N:
        raise ValueError(f"N must be at most {MAX_N}")
    for n in range(4, N + 1):
        for i in range(2 * MAX_N):
            diag1[i] = 0
            diag2[i] = 0
            if i < MAX_N:
                cols[i] = 0
        print(n, solve(0, n, cols, diag1, diag2))
