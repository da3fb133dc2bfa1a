# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""Fannkuch-redux, hand-tuned Cython: C int arrays and C loops."""

cdef int N = 10  # bench-size smoke=6

cdef enum:
    MAX_N = 16


cdef void fannkuch(int n, long *checksum_out, long *max_flips_out) noexcept nogil:
    cdef int perm1[MAX_N]
    cdef int perm[MAX_N]
    cdef int count[MAX_N]
    cdef long max_flips = 0, checksum = 0, perm_count = 0, flips
    cdef int r = n, i, k, lo, hi, t, perm0
    for i in range(n):
        perm1[i] = i
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1

        for i in range(n):
            perm[i] = perm1[i]
        flips = 0
        k = perm[0]
        while k != 0:
            lo = 0
            hi = k
            while lo < hi:
                t = perm[lo]
                perm[lo] = perm[hi]
                perm[hi] = t
                lo += 1
                hi -= 1
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if perm_count % 2 == 0:
            checksum += flips
        else:
            checksum -= flips

        while True:
            if r == n:
                checksum_out[0] = checksum
                max_flips_out[0] = max_flips
                return
            perm0 = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = perm0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        perm_count += 1


def main():
    cdef long checksum = 0, max_flips = 0
    if N > MAX_N:
        raise ValueError(f"N must be at most {MAX_N}")
    fannkuch(N, &checksum, &max_flips)
    print(checksum)
    print(f"Pfannkuchen({N}) = {max_flips}")
