from typing import Callable

LIMIT = 10
scale = 2


def outer(a: int) -> Callable[[], int]:
    b = a * 2

    def middle() -> Callable[[], int]:
        def inner() -> int:
            nonlocal b
            b += 1
            return a + b
        return inner
    return middle()


def reassigned_param(x: float) -> Callable[[], float]:
    get = lambda: x
    x = x * 10
    return get


def flags(on: bool) -> Callable[[], str]:
    state = on

    def toggle() -> str:
        nonlocal state
        state = not state
        return "on" if state else "off"
    return toggle


def reads_global() -> int:
    f: Callable[[int], int] = lambda v: v * scale
    return f(LIMIT)


def uses_later_function() -> int:
    g: Callable[[str], int] = count_vowels
    return g("closure")


def count_vowels(s: str) -> int:
    total = 0
    for ch in s:
        if ch in "aeiou":
            total += 1
    return total


def returns_lists(n: int) -> Callable[[str], list[str]]:
    def rep(s: str) -> list[str]:
        out: list[str] = []
        i = 0
        while i < n:
            out.append(s + str(i))
            i += 1
        return out
    return rep


def printer(prefix: str) -> Callable[[int], None]:
    return lambda x: print(prefix, x)


def maybe_unbound(flag: bool) -> int:
    if flag:
        v = 5
    r = v
    v = r + 1
    f: Callable[[], int] = lambda: v * 2
    return f() + r


i1 = outer(1)
print(i1(), i1(), outer(10)())
print(reassigned_param(1.5)())
t = flags(False)
print(t(), t(), t())
print(reads_global(), uses_later_function())
print(returns_lists(3)("x"), returns_lists(0)("y"))
p = printer("value:")
p(3)
p(-1)
words = ["pear", "fig", "banana", "kiwi"]
by_len: Callable[[str], int] = lambda w: len(w)
print(sorted(words, key=by_len), max(words, key=by_len), min(words, key=count_vowels))
pairs: list[tuple[str, Callable[[float], float]]] = [("half", lambda x: x / 2), ("neg", lambda x: -x)]
for name, fn in pairs:
    print(name, fn(3.0), fn(0.5))
print(maybe_unbound(True))
print(maybe_unbound(False))
