/* Dense matrix product filled from an LCG: the C reference for matmul.py. */
#include <stdio.h>
#include <stdlib.h>

#define N 1000 // bench-size smoke=20

#define LCG_MULTIPLIER 1103515245L
#define LCG_INCREMENT 12345L
#define LCG_MODULUS 2147483648L

/* An n x n row-major matrix of doubles in [0, 1), or NULL. */
static double *random_matrix(long n, long seed) {
    double *matrix = malloc((size_t)(n * n) * sizeof *matrix);
    if (matrix == NULL) {
        return NULL;
    }
    long state = seed;
    for (long i = 0; i < n * n; i++) {
        state = (state * LCG_MULTIPLIER + LCG_INCREMENT) % LCG_MODULUS;
        matrix[i] = (double)state / LCG_MODULUS;
    }
    return matrix;
}

/* c = a @ b for n x n matrices, accumulating each row in i-k-j order. */
static void matmul(const double *a, const double *b, double *c, long n) {
    for (long i = 0; i < n; i++) {
        double *c_row = &c[i * n];
        for (long j = 0; j < n; j++) {
            c_row[j] = 0.0;
        }
        for (long k = 0; k < n; k++) {
            double a_ik = a[i * n + k];
            const double *b_row = &b[k * n];
            for (long j = 0; j < n; j++) {
                c_row[j] += a_ik * b_row[j];
            }
        }
    }
}

int main(void) {
    double *a = random_matrix(N, 42);
    double *b = random_matrix(N, 4242);
    double *c = malloc((size_t)(N * N) * sizeof *c);
    if (a == NULL || b == NULL || c == NULL) {
        fputs("out of memory\n", stderr);
        return 1;
    }
    matmul(a, b, c, N);
    double total = 0.0;
    double trace = 0.0;
    for (long i = 0; i < N; i++) {
        trace += c[i * N + i];
        for (long j = 0; j < N; j++) {
            total += c[i * N + j];
        }
    }
    printf("%.6f\n", total);
    printf("%.6f\n", trace);
    printf("%.9f\n", c[(N / 2) * N + N / 3]);
    free(a);
    free(b);
    free(c);
    return 0;
}
