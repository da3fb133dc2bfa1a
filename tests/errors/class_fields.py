# Rejected: fields that are not assigned before the instance is used, field
# types that cannot be inferred, and fields without a constructor.
class Late:
    def __init__(self, n: int) -> None:  # error: Late.__init__ must assign field 'total' before using 'self' otherwise
        self.n = n
        self.report()
        self.total = 0

    def report(self) -> None:
        print(self.total)


class Unknown:
    def __init__(self, n: int) -> None:
        self.items = []  # error: cannot infer the type of field 'items'


class NoInit:  # error: class 'NoInit' declares fields but has no __init__ that assigns them
    x: int


def make_items(n: int) -> list[int]:
    return [n]


Late(1)
