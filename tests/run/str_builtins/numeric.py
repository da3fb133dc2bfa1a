# int(s, base), divmod, pow (two and three arguments), round(x, n).

for s, base in [("ff", 16), ("0xff", 16), ("0xff", 0), ("-101", 2), ("  z ", 36), ("1_000", 10), ("0o17", 0), ("0b1_01", 0), ("077", 8), ("+Z", 36)]:
    print(s, base, int(s, base))
print(int("10", base=2), int("z", base=36), int(" 0x1F ", base=0))

for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (9223372036854775807, 10)]:
    print(divmod(a, b), a // b, a % b)
for x, y in [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (1e300, 1e-300), (-0.0, 1.0), (5.0, 0.1)]:
    print(divmod(x, y))
print(divmod(7, 2.5), divmod(True, 2), divmod(7.0, 2))
q, r = divmod(17, 5)
print(q, r)

print(pow(2, 10), pow(2.0, 0.5), pow(-2, 3), pow(2, -1.0))
for b, e, m in [(2, 10, 1000), (3, 200, 13), (-3, 3, 7), (3, 3, -7), (2, -1, 7), (5, 0, 1), (0, 0, 5), (10**18, 10**18, 999999937)]:
    print(pow(b, e, m))

for v in [2.675, 1.005, -0.5, 1234.5678, 0.125, 1e15, -2.5]:
    print(round(v, 2), round(v, 0), round(v, -2), round(v))
for i in [1234, -1250, 15, 25, 0]:
    print(round(i, -1), round(i, -2), round(i, 1))
