# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""Dense matrix product, hand-tuned Cython: row-major C arrays and pointer loops
(no NumPy, no BLAS: the same loops as the C version)."""

from cpython.mem cimport PyMem_Malloc, PyMem_Free

cdef long N = 1000  # bench-size smoke=20

cdef long LCG_MULTIPLIER = 1103515245
cdef long LCG_INCREMENT = 12345
cdef long LCG_MODULUS = 2147483648


cdef void fill_random(double *matrix, long n, long seed) noexcept nogil:
    """An n x n matrix of doubles in [0, 1) from an LCG started at `seed`."""
    cdef long state = seed, i
    for i in range(n * n):
        state = (state * LCG_MULTIPLIER + LCG_INCREMENT) % LCG_MODULUS
        matrix[i] = <double>state / LCG_MODULUS


cdef void matmul(const double *a, const double *b, double *c, long n) noexcept nogil:
    """c = a @ b for n x n matrices, accumulating each row in i-k-j order."""
    cdef long i, j, k
    cdef double a_ik
    cdef double *c_row
    cdef const double *b_row
    for i in range(n):
        c_row = &c[i * n]
        for j in range(n):
            c_row[j] = 0.0
        for k in range(n):
            a_ik = a[i * n + k]
            b_row = &b[k * n]
            for j in range(n):
                c_row[j] += a_ik * b_row[j]


def main():
    cdef double *a = <double *>PyMem_Malloc(N * N * sizeof(double))
    cdef double *b = <double *>PyMem_Malloc(N * N * sizeof(double))
    cdef double *c = <double *>PyMem_Malloc(N * N * sizeof(double))
    cdef double total = 0.0, trace = 0.0
    cdef long i, j
    if a == NULL or b == NULL or c == NULL:
        PyMem_Free(a)
        PyMem_Free(b)
        PyMem_Free(c)
        raise MemoryError()
    try:
        fill_random(a, N, 42)
        fill_random(b, N, 4242)
        matmul(a, b, c, N)
        for i in range(N):
            trace += c[i * N + i]
            for j in range(N):
                total += c[i * N + j]
        print(f"{total:.6f}")
        print(f"{trace:.6f}")
        print(f"{c[(N // 2) * N + N // 3]:.9f}")
    finally:
        PyMem_Free(a)
        PyMem_Free(b)
        PyMem_Free(c)
