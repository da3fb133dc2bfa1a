# The examples of the "Strings" section of docs/language.md.
line = "  alpha, beta ,gamma  "
parts = [p.strip() for p in line.split(",")]
print(parts, "-".join(parts), line.strip().upper())
print("a b  c".split(), "a,b,c".rsplit(",", maxsplit=1), "x\ny\r\n".splitlines())
print("key=value=x".partition("="), "key=value=x".rpartition("="))
print("banana".find("an"), "banana".rfind("an", 0, 4), "banana".count("a"), "banana".replace("a", "o", 2))
print("main.py".endswith((".py", ".pyi")), "ß".upper(), "ǅ".lower(), "hello world".title())
print("42".zfill(5), "ab".center(6, "*"), "ab".ljust(4) + "|", "x".rjust(3, "0"))
print("١٢٣".isdigit(), "½".isnumeric(), " \t".isspace(), "Abc".istitle())
print(ord("€"), chr(0x1F600), hex(255), oct(8), bin(-5), ascii("naïve"))
print(int("ff", 16), int("0b101", 0), divmod(-7, 2), divmod(7.5, 2), pow(3, -1, 7), round(2.675, 2))
print("{} + {} = {:>5.2f}".format(1, 2, 3.0), "{0}{1}{0}".format("ab", "-"), "{name!r:^10}".format(name="x"))
print(format(1234567, ","), format(0.5, ".0%"), format("s", "*>3"))
for c in "naïve":
    print(c, end=".")
print()
