# cython: language_level=3, boundscheck=False, wraparound=False, cdivision=True
"""Mandelbrot set membership, hand-tuned Cython: C doubles and longs throughout."""

cdef long SIZE = 2000  # bench-size smoke=60
cdef long MAX_ITER = 100


cdef inline long escape_time(double cr, double ci) noexcept nogil:
    cdef double zr = 0.0
    cdef double zi = 0.0
    cdef double zr2, zi2
    cdef long i = 0
    while i < MAX_ITER:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        i += 1
    return MAX_ITER


def main():
    cdef long inside = 0
    cdef long total_iterations = 0
    cdef long x, y, iterations
    cdef double cr, ci
    for y in range(SIZE):
        ci = 2.0 * y / SIZE - 1.0
        for x in range(SIZE):
            cr = 2.5 * x / SIZE - 2.0
            iterations = escape_time(cr, ci)
            total_iterations += iterations
            if iterations == MAX_ITER:
                inside += 1
    print(inside)
    print(total_iterations)
