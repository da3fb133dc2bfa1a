# Rejected: overrides with another signature, multiple inheritance,
# unsupported special methods.
class Base:
    def __init__(self) -> None:
        pass

    def size(self) -> int:
        return 0


class Child(Base):
    def size(self) -> float:  # error: Child.size overrides Base.size with a different signature
        return 1.5


class Mixed(Base, Child):  # error: multiple inheritance is not supported yet
    pass


class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents

    def __call__(self) -> int:  # error: special method '__call__' is not supported yet
        return self.cents

