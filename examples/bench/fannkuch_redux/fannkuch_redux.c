/* Fannkuch-redux: the C reference for fannkuch_redux.py. */
#include <stdio.h>

#define N 10 // bench-size smoke=6

/* Stores the checksum and the maximum number of flips over all permutations. */
static void fannkuch(int n, long *checksum_out, long *max_flips_out) {
    int perm1[N], perm[N], count[N];
    long max_flips = 0;
    long checksum = 0;
    long perm_count = 0;
    int r = n;
    for (int i = 0; i < n; i++) {
        perm1[i] = i;
    }
    for (;;) {
        while (r != 1) {
            count[r - 1] = r;
            r -= 1;
        }

        for (int i = 0; i < n; i++) {
            perm[i] = perm1[i];
        }
        long flips = 0;
        int k = perm[0];
        while (k != 0) {
            int lo = 0;
            int hi = k;
            while (lo < hi) {
                int t = perm[lo];
                perm[lo] = perm[hi];
                perm[hi] = t;
                lo += 1;
                hi -= 1;
            }
            flips += 1;
            k = perm[0];
        }
        if (flips > max_flips) {
            max_flips = flips;
        }
        if (perm_count % 2 == 0) {
            checksum += flips;
        } else {
            checksum -= flips;
        }

        for (;;) {
            if (r == n) {
                *checksum_out = checksum;
                *max_flips_out = max_flips;
                return;
            }
            int perm0 = perm1[0];
            for (int i = 0; i < r; i++) {
                perm1[i] = perm1[i + 1];
            }
            perm1[r] = perm0;
            count[r] -= 1;
            if (count[r] > 0) {
                break;
            }
            r += 1;
        }
        perm_count += 1;
    }
}

int main(void) {
    long checksum, max_flips;
    fannkuch(N, &checksum, &max_flips);
    printf("%ld\n", checksum);
    printf("Pfannkuchen(%d) = %ld\n", N, max_flips);
    return 0;
}
