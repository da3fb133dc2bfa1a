# Positional-only parameters (before `/`), alone and with positional,
# keyword-only and `*args` parameters after them.


def clamp(x: int, lo: int = 0, hi: int = 10, /) -> int:
    return max(lo, min(x, hi))


def label(value: float, /, unit: str = "m", *, digits: int = 2) -> str:
    return f"{value:.{digits}f}{unit}"


def total(first: int, /, *rest: int) -> int:
    return first + sum(rest)


def power(base: int, exp: int, /) -> int:
    if exp == 0:
        return 1
    return base * power(base, exp - 1)


class Vec:
    def __init__(self, x: int, y: int, /) -> None:
        self.x = x
        self.y = y

    def __eq__(self, other: object, /) -> bool:
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y

    def dot(self, other: "Vec", /) -> int:
        return self.x * other.x + self.y * other.y

    @staticmethod
    def unit(axis: int, /) -> "Vec":
        return Vec(1, 0) if axis == 0 else Vec(0, 1)


print(clamp(5), clamp(-3), clamp(42), clamp(5, 6), clamp(5, 0, 4), clamp(-1, -5, -2))
print(label(1.5))
print(label(1.5, "km"))
print(label(-0.125, unit="s", digits=3))
print(label(2.0, digits=0))
print(total(1), total(1, 2, 3), total(-4, 4))
print(power(2, 10), power(-3, 3), power(7, 0))
v = Vec(1, 2)
print(v.dot(Vec(3, -4)), v == Vec(1, 2), v == Vec(2, 1), Vec.unit(0).dot(Vec.unit(1)))
