# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""Naive recursive Fibonacci, hand-tuned Cython: a C-level recursive function."""

cdef long N = 41  # bench-size smoke=20


cdef long fib(long n) noexcept nogil:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    print(fib(N))
