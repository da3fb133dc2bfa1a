# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""Sieve of Eratosthenes, hand-tuned Cython: a C byte array and C loops."""

from cpython.mem cimport PyMem_Malloc, PyMem_Free
from libc.string cimport memset

cdef long LIMIT = 2000000
cdef int ROUNDS = 60  # bench-size smoke=1


cdef void sieve(unsigned char *is_prime, long limit) noexcept nogil:
    cdef long i, j
    memset(is_prime, 1, limit + 1)
    is_prime[0] = 0
    is_prime[1] = 0
    i = 2
    while i * i <= limit:
        if is_prime[i]:
            j = i * i
            while j <= limit:
                is_prime[j] = 0
                j += i
        i += 1


def main():
    cdef long total_count = 0, prime_sum = 0, largest = 0, count, n
    cdef int round_index
    cdef unsigned char *is_prime
    for round_index in range(ROUNDS):
        is_prime = <unsigned char *>PyMem_Malloc(LIMIT + 1)
        if is_prime == NULL:
            raise MemoryError()
        sieve(is_prime, LIMIT)
        count = 0
        prime_sum = 0
        for n in range(LIMIT + 1):
            if is_prime[n]:
                count += 1
                prime_sum += n
                largest = n
        total_count += count
        PyMem_Free(is_prime)
    print(total_count)
    print(prime_sum)
    print(largest)
