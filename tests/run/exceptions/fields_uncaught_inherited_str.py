# A subclass inherits __str__; the uncaught line names the subclass.


class Base(Exception):
    def __init__(self, n: int) -> None:
        super().__init__()
        self.n = n

    def __str__(self) -> str:
        return "n=" + str(self.n)


class Child(Base):
    pass


def go(n: int) -> None:
    if n == 0:
        raise Child(42)
    go(n - 1)


go(3)
