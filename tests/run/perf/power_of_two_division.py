# `// 2**k` and `% 2**k` by a constant compile to a shift and a mask; Python's
# flooring semantics must hold for negative operands and at the ends of the
# 64-bit range.
MAX = 9223372036854775807
MIN = -MAX - 1


def halves(xs: list[int]) -> list[int]:
    return [x // 2 for x in xs]


def quarters(xs: list[int]) -> list[int]:
    return [x // 4 for x in xs]


def mods(xs: list[int]) -> list[tuple[int, int, int]]:
    return [(x % 2, x % 8, x % 1) for x in xs]


values = [0, 1, -1, 2, -2, 3, -3, 7, -7, 8, -8, 9, -9, 1023, -1023, MAX, MIN, MAX - 1, MIN + 1]
print(halves(values))
print(quarters(values))
print(mods(values))
print([x // 1 for x in values] == values)
print([x // 4611686018427387904 for x in values])
print([x % 4611686018427387904 for x in values])
count = 0
for i in range(-10, 10):
    if i % 2 == 0:
        count += i // 2
print(count)
