/* Naive recursive Fibonacci: the C reference for fib.py. */
#include <stdio.h>

#define N 41 // bench-size smoke=20

static long fib(long n) {
    if (n < 2) {
        return n;
    }
    return fib(n - 1) + fib(n - 2);
}

int main(void) {
    printf("%ld\n", fib(N));
    return 0;
}
