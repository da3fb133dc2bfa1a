from typing import Callable


def my_map(f: Callable[[int], int], xs: list[int]) -> list[int]:
    out: list[int] = []
    for x in xs:
        out.append(f(x))
    return out


def my_filter(pred: Callable[[int], bool], xs: list[int]) -> list[int]:
    return [x for x in xs if pred(x)]


def fold(f: Callable[[int, int], int], xs: list[int], start: int) -> int:
    acc = start
    for x in xs:
        acc = f(acc, x)
    return acc


def square(x: int) -> int:
    return x * x


def is_even(x: int) -> bool:
    return x % 2 == 0


def apply_twice(f: Callable[[str], str], s: str) -> str:
    return f(f(s))


xs = list(range(-3, 8))
print(my_map(square, xs))
print(my_filter(is_even, xs), my_filter(lambda x: x > 100, xs))
print(fold(lambda a, b: a + b, xs, 0), fold(lambda a, b: a * b, [1, 2, 3, 4], 1), fold(lambda a, b: a - b, [], 7))
print(apply_twice(lambda s: s + "!", "hi"), apply_twice(lambda s: s.upper() + s, "ab"))
limit = 3
print(my_filter(lambda x: x < limit, xs))
funcs: list[Callable[[int], int]] = [square, lambda x: -x, lambda x: x + limit]
print([f(4) for f in funcs])
