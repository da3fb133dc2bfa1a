"""str, list and tuple arguments and results, converted by copy."""


def greet(name: str, greeting: str = "Hello") -> str:
    return f"{greeting}, {name}!"


def shout(s: str) -> str:
    return s + "!" * 3


def length(s: str) -> int:
    return len(s)


def total(xs: list[int]) -> int:
    t = 0
    for x in xs:
        t += x
    return t


def mean(xs: list[float]) -> float:
    t = 0.0
    for x in xs:
        t += x
    return t / len(xs)


def squares(n: int) -> list[int]:
    out: list[int] = []
    for i in range(n):
        out.append(i * i)
    return out


def flags(xs: list[int]) -> list[bool]:
    out: list[bool] = []
    for x in xs:
        out.append(x > 0)
    return out


def join_words(words: list[str], sep: str) -> str:
    out = ""
    for i in range(len(words)):
        if i > 0:
            out += sep
        out += words[i]
    return out


def words_of(n: int) -> list[str]:
    out: list[str] = []
    for i in range(n):
        out.append("w" + str(i))
    return out


def transpose(m: list[list[float]]) -> list[list[float]]:
    if len(m) == 0:
        return []
    out: list[list[float]] = []
    for j in range(len(m[0])):
        row: list[float] = []
        for i in range(len(m)):
            row.append(m[i][j])
        out.append(row)
    return out


def describe(p: tuple[int, str]) -> str:
    n, s = p
    return s * n


def swap(p: tuple[int, str]) -> tuple[str, int]:
    return (p[1], p[0])


def norm1(v: tuple[float, ...]) -> float:
    t = 0.0
    for x in v:
        t += abs(x)
    return t


def pairs(n: int) -> list[tuple[int, float]]:
    out: list[tuple[int, float]] = []
    for i in range(n):
        out.append((i, i / 2))
    return out


def mutate(xs: list[int]) -> list[int]:
    xs.append(99)
    xs[0] = -1
    return xs


def first_char(s: str) -> str:
    return s[0]
