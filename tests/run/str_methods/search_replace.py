# find / rfind / index / rindex / count / startswith / endswith / replace.

s = "abracadabra ünï ünï"
for sub in ["a", "bra", "", "ünï", "zz", "abracadabra ünï ünï!"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub))
    print(s.find(sub, 2), s.find(sub, -5), s.find(sub, 1, 4), s.rfind(sub, 0, -3), s.count(sub, 3, 100))
    print(s.find(sub, None, 5), s.rfind(sub, None, None), s.count(sub, -100, -2))
print(s.index("c"), s.rindex("a"), s.index("ünï", 13), s.rindex("a", 0, 5))
print("".find(""), "".count(""), "abc".count(""), "abc".find("", 3), "abc".find("", 4))
print("aaaa".count("aa"), "aaaa".replace("aa", "b"), "aaaa".replace("a", "", 2))

for prefix in ["abr", "", "bra", "abracadabra ünï ünï", "x"]:
    print(s.startswith(prefix), s.endswith(prefix), s.startswith(prefix, 7), s.endswith(prefix, 0, 11))
print(s.startswith(("x", "ab")), s.endswith(("ünï", "q")), s.startswith(()), s.endswith(("a", "b"), 0, 4))
suffixes: tuple[str, ...] = (".py", ".txt")
for name in ["main.py", "notes.txt", "image.png", ""]:
    print(name, name.endswith(suffixes), name.startswith("main", -7))

print(s.replace("a", "A"), s.replace("a", "A", 2), s.replace("a", "A", 0), s.replace("a", "A", -1))
print(s.replace("", "."), "".replace("", "x"), "abc".replace("", "-", 2), s.replace("ünï", "ü"))
print("hello".replace("l", "L", True))


def first_index(text: str, sub: str) -> int:
    return text.index(sub)


print(first_index("hello", "l"))
print(first_index("hello", "z"))
