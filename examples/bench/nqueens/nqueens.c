/* N-queens by backtracking: the C reference for nqueens.py. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#define N 13 // bench-size smoke=6

static long solve(int row, int n, bool *cols, bool *diag1, bool *diag2) {
    if (row == n) {
        return 1;
    }
    long count = 0;
    for (int col = 0; col < n; col++) {
        int d1 = row + col;
        int d2 = row - col + n - 1;
        if (!cols[col] && !diag1[d1] && !diag2[d2]) {
            cols[col] = true;
            diag1[d1] = true;
            diag2[d2] = true;
            count += solve(row + 1, n, cols, diag1, diag2);
            cols[col] = false;
            diag1[d1] = false;
            diag2[d2] = false;
        }
    }
    return count;
}

int main(void) {
    for (int n = 4; n <= N; n++) {
        bool *cols = calloc((size_t)n, sizeof *cols);
        bool *diag1 = calloc((size_t)(2 * n - 1), sizeof *diag1);
        bool *diag2 = calloc((size_t)(2 * n - 1), sizeof *diag2);
        if (cols == NULL || diag1 == NULL || diag2 == NULL) {
            fputs("out of memory\n", stderr);
            return 1;
        }
        printf("%d %ld\n", n, solve(0, n, cols, diag1, diag2));
        free(cols);
        free(diag1);
        free(diag2);
    }
    return 0;
}
