"""`T | None` parameters and results, and optional container elements."""

from typing import Optional


def int_or(x: int | None, default: int) -> int:
    if x is None:
        return default
    return x * 2


def maybe_half(x: float | None = None) -> float | None:
    if x is None:
        return None
    return x / 2


def flip(b: Optional[bool]) -> Optional[bool]:
    if b is None:
        return None
    return not b


def greet(name: str | None = None) -> str:
    if name is None:
        return "hello, stranger"
    return "hello, " + name


def upper_or_none(s: str | None) -> str | None:
    if s is None:
        return None
    return s.upper()


def count(n: int | None = 3) -> list[int]:
    out: list[int] = []
    if n is not None:
        for i in range(n):
            out.append(i)
    return out


def scale(x: float | None = 1.5, flag: bool | None = True) -> str:
    return f"{x} {flag}"


def total(xs: list[int] | None) -> int:
    if xs is None:
        return -1
    t = 0
    for x in xs:
        t += x
    return t


def lookup(d: dict[str, int] | None, key: str) -> int | None:
    if d is None:
        return None
    return d.get(key)


def first_word(words: set[str] | None = None) -> str | None:
    if words is None or len(words) == 0:
        return None
    return sorted(words)[0]


def present(xs: list[int | None]) -> int:
    n = 0
    for x in xs:
        if x is not None:
            n += x
    return n


def holes(n: int) -> list[float | None]:
    out: list[float | None] = []
    for i in range(n):
        if i % 2 == 0:
            out.append(i / 4)
        else:
            out.append(None)
    return out


def names(xs: list[str | None]) -> list[str | None]:
    out: list[str | None] = []
    for x in xs:
        if x is None:
            out.append(None)
        else:
            out.append(x + "!")
    return out


def scores(d: dict[str, float | None]) -> dict[str, float | None]:
    out: dict[str, float | None] = {}
    for k, v in d.items():
        if v is None:
            out[k] = None
        else:
            out[k] = v * 10
    return out


def pair(p: tuple[str | None, int | None]) -> tuple[int | None, str | None]:
    a, b = p
    return (b, a)


def maybe_rows(n: int) -> list[list[int] | None]:
    out: list[list[int] | None] = []
    for i in range(n):
        if i == 1:
            out.append(None)
        else:
            out.append([i] * i)
    return out


def maybe_dict(flag: bool) -> dict[str, list[int]] | None:
    if flag:
        return {"a": [1, 2]}
    return None
