# Small complete algorithms: trial-division primes, integer Newton sqrt, digit sums, an LCG checksum, Euler's totient.


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


def isqrt_newton(n: int) -> int:
    if n < 2:
        return n
    x = n
    y = x // 2 + x % 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


def digit_sum(n: int) -> int:
    s = 0
    n = abs(n)
    while n > 0:
        s += n % 10
        n //= 10
    return s


def totient(n: int) -> int:
    result = n
    p = 2
    m = n
    while p * p <= m:
        if m % p == 0:
            while m % p == 0:
                m //= p
            result -= result // p
        p += 1
    if m > 1:
        result -= result // m
    return result


count = 0
last = 0
for n in range(10000):
    if is_prime(n):
        count += 1
        last = n
print("primes below 10000:", count, "largest:", last)
print(isqrt_newton(0), isqrt_newton(99), isqrt_newton(100), isqrt_newton(9223372036854775807))
print(digit_sum(9223372036854775807), digit_sum(-12345))
print(totient(1), totient(36), totient(97), totient(1000000))
state = 12345
checksum = 0
for _ in range(1000):
    state = (state * 1103515245 + 12345) % 2147483648
    checksum = (checksum * 31 + state) % 1000000007
print("checksum", checksum)
