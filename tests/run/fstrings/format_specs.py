# f-strings: format specs, conversions, self-documenting fields, nesting.
import math

x = 3.14159265
n = 42
s = "abc"
flag = True
xs = [1, 2]
print(f"{x:.9f}|{x:.2f}|{x:10.3f}|{x:<10.1f}|{x:e}|{x:g}|{-x:+.3f}|{x:%}")
print(f"{n:>5}|{n:<5}|{n:^5}|{n:05d}|{n:x}|{n:#x}|{n:b}|{n:,}|{1234567:_}|{n:+d}")
print(f"{s!r}|{s:>6}|{s:*^7}|{s!s}|{s!a}|{'é'!a}|{flag}|{flag!r}|{xs}|{xs!r}")
print(f"{n=}|{x=:.2f}|{s=}|{n + 1 = }")
width = 8
prec = 3
print(f"[{x:{width}.{prec}f}]", f"[{n:{width}}]", f"{{literal}}", f"")
print(f"{math.pi:.4f} {2.5:.0f} {3.5:.0f} {0.125:.2f} {1e300:.3g} {float('inf'):f}")
print(f"{n}", f"{n:d}", f"{len(s)}{s}{n}")
