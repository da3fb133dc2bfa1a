# Rejected: special methods the runtime calls back (containers, sorting,
# hashing) with a signature it cannot call, optional instances whose
# class's own comparison methods CPython would call with None, and sorting
# instances of a class without ordering methods.
class BadHash:
    def __init__(self, v: int) -> None:
        self.v = v

    def __hash__(self) -> str:  # error: __hash__() must return int (it returns str)
        return str(self.v)


class BadLt:
    def __init__(self, v: int) -> None:
        self.v = v

    def __lt__(self) -> bool:  # error: special method '__lt__' must take 'self' and 'other'
        return self.v < 0


class BadRepr:
    def __repr__(self, extra: int) -> str:  # error: special method '__repr__' must take only 'self'
        return "x"


class Score:
    def __init__(self, v: int) -> None:
        self.v = v

    def __eq__(self, other: "Score") -> bool:
        return self.v == other.v

    def __lt__(self, other: "Score") -> bool:
        return self.v < other.v


class Plain:
    def __init__(self, v: int) -> None:
        self.v = v


def find(xs: list[Score | None], s: Score) -> bool:
    return s in xs  # error: 'in' on a list[Score | None] is not supported yet: 'Score' defines comparison methods, which CPython would call with None


def same(xs: list[Score | None], ys: list[Score | None]) -> bool:
    return xs == ys  # error: '==' on a list[Score | None] is not supported yet


def where(xs: list[Score | None], s: Score) -> int:
    return xs.index(s)  # error: list.index on a list[Score | None] is not supported yet


print(sorted([Plain(2), Plain(1)]))  # error: sorted() of Plain values is not supported (they have no order)
print(max([Plain(2)]))  # error: max() of Plain values is not supported (they have no order)
