/* Spectral norm of the infinite matrix A: the C reference for spectral_norm.py. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define N 2500 // bench-size smoke=50

static double eval_a(long i, long j) {
    return 1.0 / ((i + j) * (i + j + 1) / 2 + i + 1);
}

static void mult_av(const double *v, double *out, long n) {
    for (long i = 0; i < n; i++) {
        double s = 0.0;
        for (long j = 0; j < n; j++) {
            s += eval_a(i, j) * v[j];
        }
        out[i] = s;
    }
}

static void mult_atv(const double *v, double *out, long n) {
    for (long i = 0; i < n; i++) {
        double s = 0.0;
        for (long j = 0; j < n; j++) {
            s += eval_a(j, i) * v[j];
        }
        out[i] = s;
    }
}

static void mult_atav(const double *v, double *out, double *tmp, long n) {
    mult_av(v, tmp, n);
    mult_atv(tmp, out, n);
}

int main(void) {
    double *u = malloc(N * sizeof *u);
    double *v = malloc(N * sizeof *v);
    double *tmp = malloc(N * sizeof *tmp);
    if (u == NULL || v == NULL || tmp == NULL) {
        fputs("out of memory\n", stderr);
        return 1;
    }
    for (long i = 0; i < N; i++) {
        u[i] = 1.0;
        v[i] = 0.0;
        tmp[i] = 0.0;
    }
    for (int k = 0; k < 10; k++) {
        mult_atav(u, v, tmp, N);
        mult_atav(v, u, tmp, N);
    }
    double v_bv = 0.0;
    double vv = 0.0;
    for (long i = 0; i < N; i++) {
        v_bv += u[i] * v[i];
        vv += v[i] * v[i];
    }
    printf("%.9f\n", sqrt(v_bv / vv));
    free(u);
    free(v);
    free(tmp);
    return 0;
}
