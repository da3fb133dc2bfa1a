# Every way of turning a number into text sees whether a float place holds
# an int.
n: float = 6
m: float = -7
z: float = 0
print(n, m, z)
print(str(n), repr(n), f"{n}", f"{n!r}", f"{n!s}", f"{n=}")
print(f"{n:.2f}", f"{n:>5}|", f"{n:<5}|", f"{n:+}", f"{n:e}", f"{n:g}", f"{n:%}", f"{n:,}")
print(format(n, ""), format(m, "05"), format(n, "x") if n == 6 else "", format(1234567 * n, ","))
print("{} {:.1f} {!r}".format(n, n, m))
print(n + 1, n - 1, n * 2, n / 4, n // 4, n % 4, n ** 2, -n, +n, abs(m))
print(n + 0.5, n * 1.5, n / 3, m // 2, m % 2, m ** 2, m ** -1)
n += 1
print(n)
n *= 0.5
print(n)
z -= 0
print(z, -z)
print(n if n > 100 else z, 2.5 if z else n)
