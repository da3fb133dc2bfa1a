# str.split / rsplit / splitlines / partition / rpartition / join.


def show(parts: list[str]) -> None:
    print(len(parts), parts)


def splits(s: str) -> None:
    show(s.split())
    show(s.split(" "))
    show(s.split(",", 1))
    show(s.rsplit(None, 1))
    show(s.rsplit(",", maxsplit=1))
    show(s.split(sep=","))
    show(s.split(maxsplit=2))
    show(s.split(None, -1))
    show(s.rsplit())


splits("  the quick,brown  fox,jumps   ")
splits("")
splits("   ")
splits("a,b,,c,")
splits("naïve café,ünïcödé text")
show("a<>b<>c".split("<>"))
show("a<>b<>c".rsplit("<>", 1))
show("x".split("x"))
show("one\ttwo\nthree\x0bfour\x1cfive\u2003six".split())

for text in ["a\nb\r\nc\rd", "", "\n", "line\n\nend\n", "x\u2028y\x85z"]:
    show(text.splitlines())
    show(text.splitlines(True))
    show(text.splitlines(keepends=False))

for sep in [":", "::", "x", "é"]:
    print("a:b::c:é".partition(sep), "a:b::c:é".rpartition(sep))
print("".partition("a"), "".rpartition("a"))
head, _, tail = "key=value=more".partition("=")
print(head, tail)
first, sep, last = "key=value=more".rpartition("=")
print(first, sep, last)

words = ["alpha", "beta", "", "gamma"]
print(",".join(words), "|" + "".join(words) + "|", " - ".join([]))
print("ß".join(["a", "b"]), ", ".join(("x", "y", "z")))
pair: tuple[str, str] = ("left", "right")
print("<->".join(pair))
many: tuple[str, ...] = ("p", "q")
print("+".join(many))
print(" ".join("a b  c".split(" ")))
nums = [3, 1, 2]
print(" ".join(str(n) for n in nums), "+".join([str(n * n) for n in nums if n > 1]))
print("-".join("abc"), "".join(sorted("hello")), "".join(reversed("héllo")), "".join(list("xy")))
print(",".join({"k1": 1, "k2": 2}), ",".join({"k1": 1}.keys()), "".join(w.upper() for w in ["a", "b"] if w))
print(repr("".join("")), repr("|".join(c for c in "")))
