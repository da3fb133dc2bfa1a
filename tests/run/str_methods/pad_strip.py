# strip / lstrip / rstrip (with chars), zfill, center / ljust / rjust.

for t in ["  spaced  ", "\t\n x \r\x0b", "", "xxhixx", "\u3000wide\u3000", "abc"]:
    print(repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()))
    print(repr(t.strip("x")), repr(t.lstrip("xa ")), repr(t.rstrip("cx")), repr(t.strip(None)), repr(t.strip("")))
print("www.example.com".strip("cmowz."), "ééaéé".strip("é"))

for n in ["42", "-42", "+7", "", "abc", "-", "ü"]:
    print(repr(n.zfill(5)), repr(n.zfill(0)), repr(n.zfill(-3)), repr(n.zfill(1)))

for t in ["ab", "", "héllo", "odd"]:
    print("[" + t.center(7) + "]", "[" + t.center(8, "*") + "]", "[" + t.ljust(6) + "]", "[" + t.rjust(6, "ü") + "]")
    print("[" + t.center(2) + "]", "[" + t.ljust(-1, "-") + "]", "[" + t.rjust(0) + "]", "[" + t.center(5, "·") + "]")

width = 10
print("title".center(width, "="), "x".rjust(width - 5, "0"))

for name in ["test_main.py", "main.py", "", "test_", ".py", "tést_ü.py"]:
    print(repr(name.removeprefix("test_")), repr(name.removesuffix(".py")), repr(name.removeprefix("")), repr(name.removesuffix(name)))
