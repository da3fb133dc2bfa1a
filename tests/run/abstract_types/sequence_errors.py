from collections import deque
from typing import Collection, Iterable, Sequence


def at(xs: Sequence[int], i: int) -> str:
    try:
        return str(xs[i])
    except IndexError as e:
        return f"IndexError: {e}"


def cut(xs: Sequence[int]) -> str:
    try:
        return str(xs[1:])
    except TypeError as e:
        return f"TypeError: {e}"


def char_at(s: Sequence[str], i: int) -> str:
    try:
        return s[i]
    except IndexError as e:
        return f"IndexError: {e}"


for i in [0, 2, 3, -3, -4, 100]:
    print(i, at([1, 2, 3], i), at((1, 2, 3), i), at(deque([1, 2, 3]), i), at(range(1, 4), i))
print(at([], 0), at((), -1))
print(char_at("abc", 3), char_at(["x"], 1), char_at("", 0), char_at("abc", -1))
print(cut([1, 2]), cut((1, 2)), cut(range(3)), cut(deque([1, 2])))


def drain(xs: Iterable[int], out: list[int]) -> None:
    for x in xs:
        out.append(x)
        if len(out) > 10:
            break


d = {1: "a", 2: "b"}


def grow_dict(keys: Iterable[int]) -> None:
    for k in keys:
        d[k + 10] = "x"


try:
    grow_dict(d)
except RuntimeError as e:
    print("RuntimeError:", e)

s = {1, 2}


def grow_set(xs: Iterable[int]) -> None:
    for x in xs:
        s.add(x + 10)


try:
    grow_set(s)
except RuntimeError as e:
    print("RuntimeError:", e)

q = deque([1, 2])


def grow_deque(xs: Iterable[int]) -> None:
    for x in xs:
        q.append(x)


try:
    grow_deque(q)
except RuntimeError as e:
    print("RuntimeError:", e)

grown = [1, 2]


def grow_list(xs: Iterable[int]) -> None:
    for x in xs:
        if x < 4:
            grown.append(x + 2)


grow_list(grown)
print(grown)


def size(c: Collection[int]) -> int:
    return len(c)


print(size([1]), size((1, 2)), size({1, 2, 3}), size({1: 1}), size(range(10**6)), size(deque([0])))


def has(c: Collection[str], x: str) -> bool:
    return x in c


print(has(["a"], "a"), has({"b"}, "a"), has({"k": 1}, "k"), has("abc", "bc"), has(("a", "b"), "c"))
print(size(range(-2**62, 2**62)))
