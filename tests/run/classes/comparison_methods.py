# Comparison special methods on instances: direct calls, CPython's
# reflected fallback, `!=` derived from `__eq__`, identity as the default.


class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents

    def __eq__(self, other: "Money") -> bool:
        print("eq", self.cents, other.cents)
        return self.cents == other.cents

    def __lt__(self, other: "Money") -> bool:
        return self.cents < other.cents

    def __le__(self, other: "Money") -> bool:
        return self.cents <= other.cents


class Version:
    def __init__(self, major: int, minor: int) -> None:
        self.major = major
        self.minor = minor

    def __eq__(self, other: "Version") -> bool:
        return self.major == other.major and self.minor == other.minor

    def __ne__(self, other: "Version") -> bool:
        print("ne called")
        return not self.__eq__(other)

    def __gt__(self, other: "Version") -> bool:
        return (self.major, self.minor) > (other.major, other.minor)

    def __ge__(self, other: "Version") -> bool:
        return (self.major, self.minor) >= (other.major, other.minor)


class Plain:
    def __init__(self, v: int) -> None:
        self.v = v


a = Money(150)
b = Money(150)
c = Money(99)
print(a == b, a == c)
print(a != b, a != c)      # no __ne__: the negation of __eq__
print(a < c, c < a, a <= b)
print(a > c, c > a)        # no __gt__: reflected c.__lt__(a)
print(a >= b, c >= a)      # no __ge__: reflected __le__

v1 = Version(3, 11)
v2 = Version(3, 9)
print(v1 == v2, v1 != v2, v1 != Version(3, 11))
print(v1 > v2, v1 >= v2, v2 > v1)
print(v1 < v2, v2 < v1)    # no __lt__: reflected __gt__
print(v1 <= v2, v2 <= v1)  # no __le__: reflected __ge__

p = Plain(1)
q = Plain(1)
print(p == q, p == p, p != q, p != p)

items = [Money(5), Money(1), Money(3)]
best = items[0]
for m in items:
    if m < best:
        best = m
print(best.cents)
if Money(7) == Money(7) and not Money(1) == Money(2):
    print("equal sevens")


def count_equal(xs: list[Version], target: Version) -> int:
    n = 0
    for x in xs:
        if x == target:
            n += 1
    return n


print(count_equal([Version(1, 0), Version(2, 0), Version(1, 0)], Version(1, 0)))
print(count_equal([], Version(1, 0)))
