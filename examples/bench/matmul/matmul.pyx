# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""Dense matrix product, hand-tuned Cython: row-major C arrays behind typed
memoryviews (no NumPy, no BLAS: the same loops as the C version)."""

from cython.view cimport array as cvarray

cdef long N = 1000  # bench-size smoke=20

cdef long LCG_MULTIPLIER = 1103515245
cdef long LCG_INCREMENT = 12345
cdef long LCG_MODULUS = 2147483648


cdef double[:, ::1] random_matrix(long n, long seed):
    cdef double[:, ::1] matrix = cvarray(shape=(n, n), itemsize=sizeof(double), format="d")
    cdef long state = seed, i, j
    for i in range(n):
        for j in range(n):
            state = (state * LCG_MULTIPLIER + LCG_INCREMENT) % LCG_MODULUS
            matrix[i, j] = <double>state / LCG_MODULUS
    return matrix


cdef void matmul(double[:, ::1] a, double[:, ::1] b, double[:, ::1] c) noexcept nogil:
    cdef long n = a.shape[0], inner = b.shape[0], m = b.shape[1]
    cdef long i, j, k
    cdef double a_ik
    for i in range(n):
        for j in range(m):
            c[i, j] = 0.0
        for k in range(inner):
            a_ik = a[i, k]
            for j in range(m):
                c[i, j] += a_ik * b[k, j]


def main():
    cdef double[:, ::1] a = random_matrix(N, 42)
    cdef double[:, ::1] b = random_matrix(N, 4242)
    cdef double[:, ::1] c = cvarray(shape=(N, N), itemsize=sizeof(double), format="d")
    cdef double total = 0.0, trace = 0.0
    cdef long i, j
    matmul(a, b, c)
    for i in range(N):
        trace += c[i, i]
        for j in range(N):
            total += c[i, j]
    print(f"{total:.6f}")
    print(f"{trace:.6f}")
    print(f"{c[N // 2, N // 3]:.9f}")
