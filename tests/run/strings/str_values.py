# str as a value: variables, parameters, returns, globals, operators, conversions.
GREETING = "Hello"
suffix = "!"


def shout(word: str, times: int) -> str:
    return (word + suffix) * times


def describe(s: str) -> str:
    if s:
        return "non-empty " + repr(s)
    return "empty"


def initials(words: str) -> str:
    out = ""
    prev = " "
    for ch in words:
        if prev == " " and ch != " ":
            out += ch
        prev = ch
    return out


s = GREETING + ", world"
print(s, len(s), len(""), len("héllo wörld"))
print(shout("hey", 3), shout("x", 0) == "", shout("", 5))
print(describe(""), describe("a'b"), describe('say "hi"'), describe("tab\tnew\nline"))
print(s[0], s[-1], s[4], s[-5], s[0:5], s[7:], s[:-3], s[::-1], s[::2], s[10:2], s[-100:3])
print("héllo"[1], "héllo"[1:3], "naïve café"[::-1])
print("a" < "b", "abc" < "abd", "Z" < "a", "abc" <= "abc", "b" > "abc", "" < "a", "é" > "z")
print("ell" in s, "xyz" in s, "" in s, "x" not in s, s == "Hello, world", s != "Hello")
print(initials("the quick brown fox"), initials(""), initials("  a  b "))
print(str(42), str(-7), str(2.5), str(1e16), str(True), str("s"), str(), repr(3), repr(0.1), repr(False))
print(repr(""), repr("'"), repr('"'), repr("'\""), repr("\\"), repr("é\x00\x7f"))
print(int("42") + 1, int(" -17 "), float("2.5") * 2, float("inf"), int("1_000"))
t = "abc"
u = t
t += "def"
print(t, u, t * 2, 2 * u, -1 * u == "")
n = 0
while n < 3 and t:
    t = t[1:]
    n += 1
print(t, n, bool(""), bool("0"), not "", not "x")
print(max(1, 2), "a" + "b" + "c" == "abc")
