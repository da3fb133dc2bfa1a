/* Mandelbrot set membership: the C reference for mandelbrot.py. */
#include <stdio.h>

#define SIZE 2000 // bench-size smoke=60
#define MAX_ITER 100

static long escape_time(double cr, double ci) {
    double zr = 0.0;
    double zi = 0.0;
    long i = 0;
    while (i < MAX_ITER) {
        double zr2 = zr * zr;
        double zi2 = zi * zi;
        if (zr2 + zi2 > 4.0) {
            return i;
        }
        zi = 2.0 * zr * zi + ci;
        zr = zr2 - zi2 + cr;
        i += 1;
    }
    return MAX_ITER;
}

int main(void) {
    long inside = 0;
    long total_iterations = 0;
    for (long y = 0; y < SIZE; y++) {
        double ci = 2.0 * y / SIZE - 1.0;
        for (long x = 0; x < SIZE; x++) {
            double cr = 2.5 * x / SIZE - 2.0;
            long iterations = escape_time(cr, ci);
            total_iterations += iterations;
            if (iterations == MAX_ITER) {
                inside += 1;
            }
        }
    }
    printf("%ld\n", inside);
    printf("%ld\n", total_iterations);
    return 0;
}
