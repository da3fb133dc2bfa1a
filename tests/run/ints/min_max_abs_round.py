# abs(), min()/max() with two or more int args, and round() of an int with 1 and 2 args.
print(abs(5), abs(-5), abs(0), abs(-9223372036854775807))
print(min(3, 1), max(3, 1), min(3, 1, 2), max(-3, -1, -2), min(4, 4), max(1, 2, 3, 4, 5, 6))
print(min(-9223372036854775807 - 1, 0), max(9223372036854775807, 0))
print(round(7), round(-7), round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(1234, 0), round(1234, 2), round(1234, -4), round(5678, -4), round(15, -1), round(25, -1))
print(round(-15, -1), round(-25, -1), round(1234, -30), round(9223372036854775807, -20))


def clamp(v: int, lo: int, hi: int) -> int:
    return max(lo, min(v, hi))


for v in range(-3, 14, 4):
    print(clamp(v, 0, 10), end=" ")
print()
