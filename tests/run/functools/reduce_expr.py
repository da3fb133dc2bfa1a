# functools.reduce as an expression: in arithmetic, f-strings, arguments,
# comprehensions and conditions; lambdas, named functions, operator
# functions and function values; with and without an initial value.
import functools
import operator
from functools import reduce
from typing import Callable


def gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return a


def digits_to_int(ds: list[int]) -> int:
    return reduce(lambda acc, d: acc * 10 + d, ds, 0) if ds else -1


xs = [3, 1, 4, 1, 5]
print(reduce(lambda a, b: a * b, xs, 1) + 1)
print(f"sum={reduce(operator.add, xs)} product={reduce(operator.mul, xs)}")
print(max(reduce(lambda a, b: a + b, xs), 20), -reduce(operator.sub, xs))
print(functools.reduce(lambda s, c: c + s, "abc", ""), reduce(operator.concat, ["x", "y", "z"]))
print([reduce(gcd, [n, 12, 18]) for n in range(1, 7)])
print(digits_to_int([4, 0, 2]), digits_to_int([]))
if reduce(operator.or_, [1, 2, 4]) == 7:
    print("bits:", reduce(operator.and_, [7, 6, 14]), reduce(operator.xor, [1, 3, 5]))

# One element, with and without an initial value.
print(reduce(operator.mul, [7]), reduce(operator.mul, [7], 2))
# An empty iterable with an initial value: the initial value.
empty: list[int] = []
no_words: list[str] = []
print(reduce(operator.add, empty, 10), reduce(lambda a, b: a + b, no_words, "none"))

# Floats: the accumulator is a float throughout.
print(reduce(lambda a, b: a * b, xs, 1.0), reduce(operator.truediv, [1.0, 2.0, 8.0]))
print(reduce(lambda acc, x: acc + x / 2, xs, 0.0))

# Other iterables: generator expressions, tuples, dicts, ranges, strs.
print(reduce(operator.add, (x * x for x in range(5))))
print(reduce(max, (2, 9, 4)), reduce(min, (2, 9, 4)))
ages = {"ann": 31, "bob": 27}
print(reduce(lambda acc, k: acc + ages[k], ages, 0))
print(reduce(operator.add, range(1, 101)))
print(reduce(lambda acc, ch: acc + ord(ch), "abc", 0))

# The accumulator of another type than the elements.
words = ["pear", "fig", "banana"]
print(reduce(lambda n, w: n + len(w), words, 0) * 2)
print(reduce(lambda acc, w: acc + [w.upper()], words, [""]))
print(reduce(lambda d, w: {**d, w: len(w)}, words, {"": 0}))

# A function value and a lambda reading locals.
step: Callable[[int, int], int] = lambda a, b: 2 * a + b
print(reduce(step, [1, 0, 1, 1]))


def scaled_sum(values: list[int], k: int) -> int:
    return reduce(lambda a, b: a + k * b, values, 0) + k


print(scaled_sum([1, 2, 3], 10))

# Evaluation order: the function, the iterable, the initial value; then the calls.
log: list[str] = []


def noted(name: str, value: int) -> int:
    log.append(name)
    return value


def plus(a: int, b: int) -> int:
    log.append(f"{a}+{b}")
    return a + b


print(reduce(plus, [noted("x", 1), noted("y", 2)], noted("init", 100)), log)

# Statement forms are unchanged.
total = reduce(operator.add, xs)
print(total)

# Statement forms over iterables that are no sequences: without an initial
# value these run as the expression does.
squares_total = reduce(lambda a, b: a + b, (x * x for x in range(4)))
scores = {"ann": 3, "bob": 9, "cy": 9}
best = reduce(lambda a, b: a if a[1] >= b[1] else b, scores.items())
print(squares_total, best)


def longest_key(d: dict[str, int]) -> str:
    return reduce(lambda a, b: a if len(a) >= len(b) else b, d.keys())


print(longest_key(scores))
