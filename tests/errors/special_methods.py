# Rejected: comparisons, len() and truth tests that the classes' special
# methods cannot decide at compile time, or that CPython would reject.
class Plain:
    def __init__(self, v: int) -> None:
        self.v = v


class Score:
    def __init__(self, v: int) -> None:
        self.v = v

    def __eq__(self, other: "Score") -> int:
        return self.v - other.v

    def __lt__(self, other: "Score") -> bool:
        return self.v < other.v


class Base:
    def __init__(self, v: int) -> None:
        self.v = v

    def __lt__(self, other: "Base") -> bool:
        return self.v < other.v


class Derived(Base):
    pass


class Flag:
    def __init__(self, on: bool) -> None:
        self.on = on

    def __bool__(self) -> bool:
        return self.on


def maybe(f: Flag | None) -> None:
    if f:  # error: the truth of an optional 'Flag' (which defines __bool__ or __len__) is not supported yet
        print("on")


print(Plain(1) < Plain(2))  # error: '<' not supported between instances of 'Plain' and 'Plain'
print(len(Plain(1)))  # error: object of type 'Plain' has no len()
print(Score(1) == Score(2))  # error: __eq__() must return bool (it returns int) to be used here
print(Base(1) < Plain(2))  # error: CPython may call Base.__lt__ with a 'Plain' operand, which its 'other' parameter does not take
x = Flag(True) or Flag(False)  # error: 'and'/'or' giving a 'Flag' value is not supported yet
