# Plain recursion: factorial, fibonacci, Ackermann, fast power and gcd.


def fact(n: int) -> int:
    if n <= 1:
        return 1
    return n * fact(n - 1)


def fib(n: int) -> int:
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ackermann(m: int, n: int) -> int:
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def fast_pow(base: float, exp: int) -> float:
    if exp == 0:
        return 1.0
    half = fast_pow(base, exp // 2)
    if exp % 2 == 0:
        return half * half
    return half * half * base


def gcd(a: int, b: int) -> int:
    if b == 0:
        return a
    return gcd(b, a % b)


def depth(n: int) -> int:
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print(fact(0), fact(1), fact(10), fact(20))
print(fib(0), fib(1), fib(2), fib(20))
print(ackermann(2, 3), ackermann(3, 3))
print(fast_pow(2.0, 10), fast_pow(1.5, 7), fast_pow(0.5, 60))
print(gcd(1071, 462), gcd(17, 5), gcd(0, 9), gcd(-12, 18))
print(depth(500))
