/* Sieve of Eratosthenes, run ROUNDS times: the C reference for sieve.py. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#define LIMIT 2000000
#define ROUNDS 60 // bench-size smoke=1

/* Returns a fresh array with is_prime[i] for 0 <= i <= limit, or NULL. */
static bool *sieve(long limit) {
    bool *is_prime = malloc((size_t)(limit + 1) * sizeof *is_prime);
    if (is_prime == NULL) {
        return NULL;
    }
    for (long i = 0; i <= limit; i++) {
        is_prime[i] = true;
    }
    is_prime[0] = false;
    is_prime[1] = false;
    for (long i = 2; i * i <= limit; i++) {
        if (is_prime[i]) {
            for (long j = i * i; j <= limit; j += i) {
                is_prime[j] = false;
            }
        }
    }
    return is_prime;
}

int main(void) {
    long total_count = 0;
    long prime_sum = 0;
    long largest = 0;
    for (int round = 0; round < ROUNDS; round++) {
        bool *is_prime = sieve(LIMIT);
        if (is_prime == NULL) {
            fputs("out of memory\n", stderr);
            return 1;
        }
        long count = 0;
        prime_sum = 0;
        for (long n = 0; n <= LIMIT; n++) {
            if (is_prime[n]) {
                count += 1;
                prime_sum += n;
                largest = n;
            }
        }
        total_count += count;
        free(is_prime);
    }
    printf("%ld\n", total_count);
    printf("%ld\n", prime_sum);
    printf("%ld\n", largest);
    return 0;
}
