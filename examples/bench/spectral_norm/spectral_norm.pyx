# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""Spectral norm, hand-tuned Cython: C double arrays and inlined C functions."""

from cpython.mem cimport PyMem_Malloc, PyMem_Free
from libc.math cimport sqrt

cdef long N = 2500  # bench-size smoke=50


cdef inline double eval_a(long i, long j) noexcept nogil:
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


cdef void mult_av(const double *v, double *out, long n) noexcept nogil:
    cdef long i, j
    cdef double s
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * v[j]
        out[i] = s


cdef void mult_atv(const double *v, double *out, long n) noexcept nogil:
    cdef long i, j
    cdef double s
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * v[j]
        out[i] = s


cdef void mult_atav(const double *v, double *out, double *tmp, long n) noexcept nogil:
    mult_av(v, tmp, n)
    mult_atv(tmp, out, n)


def main():
    cdef double *u = <double *>PyMem_Malloc(N * sizeof(double))
    cdef double *v = <double *>PyMem_Malloc(N * sizeof(double))
    cdef double *tmp = <double *>PyMem_Malloc(N * sizeof(double))
    cdef long i
    cdef int k
    cdef double v_bv = 0.0, vv = 0.0
    if u == NULL or v == NULL or tmp == NULL:
        raise MemoryError()
    try:
        for i in range(N):
            u[i] = 1.0
            v[i] = 0.0
            tmp[i] = 0.0
        for k in range(10):
            mult_atav(u, v, tmp, N)
            mult_atav(v, u, tmp, N)
        for i in range(N):
            v_bv += u[i] * v[i]
            vv += v[i] * v[i]
        print(f"{sqrt(v_bv / vv):.9f}")
    finally:
        PyMem_Free(u)
        PyMem_Free(v)
        PyMem_Free(tmp)
