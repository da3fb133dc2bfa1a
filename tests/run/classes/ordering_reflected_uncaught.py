# `b > a` where neither `b`'s class has `__gt__` nor `a`'s run-time class
# `__lt__` (only a subclass of its static class has one): the reflected
# method is found at run time, else '>' raises TypeError naming the
# run-time classes.
class Base:
    def __init__(self, v: int) -> None:
        self.v = v


class Ranked(Base):
    def __lt__(self, other: "Ranked") -> bool:
        return self.v < other.v


def less(a: Base, b: Ranked) -> bool:
    return b > a


print(less(Ranked(1), Ranked(2)))
print(less(Base(1), Ranked(2)))
